import path from 'node:path';
import { createHash } from 'node:crypto';
import type { Edition } from '../model/edition';
import type { OutputFile } from '../files/output-file';
import type { Diagnostic } from '../problems/diagnostics';
import type { Writer } from '../writers/writer';
import { writers } from '../writers/registry';
import { workbookTables, type SheetTable } from './workbook-table';
import { contentType } from './assets';

/** A built file the studio serves: its bytes, its type, and the name a download gets. */
export interface ServedFile {
  readonly bytes: Uint8Array;
  readonly type: string;
  readonly downloadName: string;
}

/** A document of the preview; `version` is the render that made it, and is part of its URL. */
export interface FileLink {
  readonly version: number;
  readonly url: string;
  readonly name: string;
  readonly bytes: number;
  /** The file's SHA-256: the page does not draw again a document whose bytes did not change. */
  readonly digest: string;
}

/** A file of a document made once per municipality (the briefs), with the municipality it is for. */
export type MunicipalityLink = FileLink & { readonly code: string; readonly municipality: string };

/**
 * One document of the preview: its one file's link, or `files`, one per municipality; a workbook's
 * link also gives `sheetsUrl`, where its sheets are read as tables.
 */
export type DocumentPreview = Partial<FileLink> & { readonly version: number; readonly files?: readonly MunicipalityLink[]; readonly sheetsUrl?: string };

/** What the page needs to show the packet, under each writer's preview key; null until a render makes it. */
export type PreviewIndex = Readonly<Record<string, DocumentPreview | null>>;

export interface Preview {
  readonly index: PreviewIndex;
  /** What each document's layout could not do as its rules ask, under its writer's preview key (see OutputFile). */
  readonly warnings: Readonly<Record<string, readonly Diagnostic[]>>;
  /** URL path → file, exactly those listed in `index`. */
  readonly files: ReadonlyMap<string, ServedFile>;
  /** The workbook's sheets as tables, read once when first asked for. */
  sheets(): Promise<readonly SheetTable[]>;
}

const emptyIndex: PreviewIndex = Object.fromEntries(writers.map((writer) => [writer.preview.key, null]));

/**
 * The preview with the document `writer` made in the render `version` replaced, and the others
 * kept as they were: the release can be shown while the briefs are still being made. Each
 * document's URLs are made from its writer's preview key, so a new writer needs nothing here.
 */
export function withDocuments(previous: Preview | null, writer: Writer, files: readonly OutputFile[], edition: Edition, version: number): Preview {
  const base = `/preview/${version}`;
  const fresh = new Map<string, ServedFile>();
  const link = (url: string, file: OutputFile): FileLink => {
    const name = path.posix.basename(file.path);
    fresh.set(url, { bytes: file.bytes, type: contentType(name), downloadName: name });
    return { version, url, name, bytes: file.bytes.byteLength, digest: createHash('sha256').update(file.bytes).digest('base64url') };
  };
  const { key, perMunicipality } = writer.preview;
  const index: Record<string, DocumentPreview | null> = { ...(previous?.index ?? emptyIndex) };
  let sheets = previous?.sheets;
  if (perMunicipality) {
    const byStem = new Map(files.map((f) => [path.posix.parse(f.path).name, f]));
    index[key] = {
      version,
      files: edition.municipalities.flatMap((m) => {
        const file = byStem.get(m.briefFileStem);
        return file ? [{ ...link(`${base}/${key}/${m.code}${path.posix.extname(file.path)}`, file), code: m.code, municipality: m.fullName }] : [];
      }),
    };
  } else if (files.length > 0) {
    const [file] = files;
    const extension = path.posix.extname(file.path);
    if (extension === '.xlsx') {
      index[key] = { ...link(`${base}/${key}${extension}`, file), sheetsUrl: `${base}/${key}.json` };
      let tables: Promise<readonly SheetTable[]> | undefined;
      sheets = () => (tables ??= workbookTables(file.bytes));
    } else index[key] = link(`${base}/${key}${extension}`, file);
  }

  // The documents kept bring their files from the previous preview; those replaced are let go.
  const served = new Map<string, ServedFile>();
  for (const url of Object.values(index).flatMap((document) => document?.files?.map((f) => f.url) ?? (document?.url ? [document.url] : []))) {
    const file = fresh.get(url) ?? previous?.files.get(url);
    if (file) served.set(url, file);
  }
  const warnings = { ...previous?.warnings, [key]: files.flatMap((file) => file.warnings ?? []) };
  return { index, files: served, warnings, sheets: sheets ?? (() => Promise.resolve([])) };
}
