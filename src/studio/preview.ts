import path from 'node:path';
import { createHash } from 'node:crypto';
import type { Edition } from '../model/edition';
import type { OutputFile } from '../writers/writer';
import { pressReleaseFileName } from '../writers/press-release-pdf';
import { briefsFolder } from '../writers/municipal-brief-docx';
import { attendanceFileName } from '../writers/attendance-xlsx';
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

export type BriefLink = FileLink & { readonly code: string; readonly municipality: string };

/** What the page needs to show the packet. Each document is replaced as soon as a render makes it anew. */
export interface PreviewIndex {
  readonly release: FileLink | null;
  readonly briefs: { readonly version: number; readonly files: readonly BriefLink[] } | null;
  readonly workbook: (FileLink & { readonly sheetsUrl: string }) | null;
}

export interface Preview {
  readonly index: PreviewIndex;
  /** URL path → file, exactly those listed in `index`. */
  readonly files: ReadonlyMap<string, ServedFile>;
  /** The workbook's sheets as tables, read once when first asked for. */
  sheets(): Promise<readonly SheetTable[]>;
}

const emptyIndex: PreviewIndex = { release: null, briefs: null, workbook: null };

/**
 * The preview with the documents among `files` replaced by the render `version` made, and the
 * others kept as they were: the release can be shown while the briefs are still being made.
 */
export function withDocuments(previous: Preview | null, files: readonly OutputFile[], edition: Edition, version: number): Preview {
  const base = `/preview/${version}`;
  const fresh = new Map<string, ServedFile>();
  const link = (url: string, file: OutputFile): FileLink => {
    const name = path.posix.basename(file.path);
    fresh.set(url, { bytes: file.bytes, type: contentType(name), downloadName: name });
    return { version, url, name, bytes: file.bytes.byteLength, digest: createHash('sha256').update(file.bytes).digest('base64url') };
  };
  const byPath = new Map(files.map((f) => [f.path, f]));
  const index = { ...(previous?.index ?? emptyIndex) };
  let sheets = previous?.sheets;

  const release = byPath.get(pressReleaseFileName);
  if (release) index.release = link(`${base}/release.pdf`, release);
  if (files.some((f) => f.path.startsWith(`${briefsFolder}/`))) {
    index.briefs = {
      version,
      files: edition.municipalities.flatMap((m) => {
        const file = byPath.get(`${briefsFolder}/${m.briefFileStem}.docx`);
        return file ? [{ ...link(`${base}/briefs/${m.code}.docx`, file), code: m.code, municipality: m.fullName }] : [];
      }),
    };
  }
  const workbook = byPath.get(attendanceFileName);
  if (workbook) {
    index.workbook = { ...link(`${base}/workbook.xlsx`, workbook), sheetsUrl: `${base}/workbook.json` };
    let tables: Promise<readonly SheetTable[]> | undefined;
    sheets = () => (tables ??= workbookTables(workbook.bytes));
  }

  // The documents kept bring their files from the previous preview; those replaced are let go.
  const served = new Map<string, ServedFile>();
  for (const url of [index.release?.url, ...(index.briefs?.files.map((b) => b.url) ?? []), index.workbook?.url]) {
    const file = url === undefined ? undefined : (fresh.get(url) ?? previous?.files.get(url));
    if (url !== undefined && file) served.set(url, file);
  }
  return { index, files: served, sheets: sheets ?? (() => Promise.resolve([])) };
}
