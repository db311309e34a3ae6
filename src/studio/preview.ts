import path from 'node:path';
import type { RenderedPacket } from '../build-packet';
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

export interface FileLink {
  readonly url: string;
  readonly name: string;
  readonly bytes: number;
}

/** What the page needs to show the packet: where each document is, by what the reader calls it. */
export interface PreviewIndex {
  /** The rebuild it was made by; its files' URLs carry it, so a page never mixes two rebuilds. */
  readonly version: number;
  readonly release: FileLink | null;
  readonly briefs: readonly (FileLink & { readonly code: string; readonly municipality: string })[];
  readonly workbook: (FileLink & { readonly sheetsUrl: string }) | null;
}

export interface Preview {
  readonly index: PreviewIndex;
  /** URL path → file, exactly as listed in `index`. */
  readonly files: ReadonlyMap<string, ServedFile>;
  /** The workbook's sheets as tables, read once when first asked for. */
  sheets(): Promise<readonly SheetTable[]>;
}

/** Lays a packet rendered in memory out as URLs: the fixed table the server answers from. */
export function previewOf(packet: RenderedPacket, version: number): Preview {
  const base = `/preview/${version}`;
  const files = new Map<string, ServedFile>();
  const byPath = new Map(packet.files.map((f) => [f.path, f]));
  const serve = (url: string, filePath: string): FileLink | null => {
    const file = byPath.get(filePath);
    if (!file) return null;
    const name = path.posix.basename(filePath);
    files.set(url, { bytes: file.bytes, type: contentType(name), downloadName: name });
    return { url, name, bytes: file.bytes.byteLength };
  };
  const release = serve(`${base}/release.pdf`, pressReleaseFileName);
  const briefs = packet.edition.municipalities.flatMap((m) => {
    const link = serve(`${base}/briefs/${m.code}.docx`, `${briefsFolder}/${m.briefFileStem}.docx`);
    return link ? [{ ...link, code: m.code, municipality: m.fullName }] : [];
  });
  const workbookLink = serve(`${base}/workbook.xlsx`, attendanceFileName);
  const workbook = workbookLink && { ...workbookLink, sheetsUrl: `${base}/workbook.json` };
  let sheets: Promise<readonly SheetTable[]> | undefined;
  return {
    index: { version, release, briefs, workbook },
    files,
    sheets: () => (sheets ??= workbookLink ? workbookTables(files.get(workbookLink.url)!.bytes) : Promise.resolve([])),
  };
}
