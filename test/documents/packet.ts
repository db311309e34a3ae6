import { execFileSync } from 'node:child_process';
import { buildInto } from '../support/build';

/** One packet built for all document checks (with the fictional registrations, so every sheet has rows). */
let packet: Promise<{ out: string; read: (file: string) => Buffer }> | undefined;
export function builtPacket(): Promise<{ out: string; read: (file: string) => Buffer }> {
  packet ??= buildInto({ threads: 2 });
  return packet;
}

export function run(command: string, args: readonly string[], cwd?: string): string {
  return execFileSync(command, [...args], { encoding: 'utf8', cwd, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** LibreOffice's PDF export with tags: the structure it reads from a document's styles and tables. */
const taggedPdf = 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}';

/** Converts files to PDF with LibreOffice, as a recipient opening them would (tagged, if asked); returns the PDF paths. */
export function convertWithLibreOffice(files: readonly string[], outDir: string, options: { tagged?: boolean } = {}): string[] {
  const profile = `file://${outDir}/.lo-profile`;
  run('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', options.tagged ? taggedPdf : 'pdf', '--outdir', outDir, ...files]);
  return files.map((f) => `${outDir}/${f.split('/').pop()!.replace(/\.(docx|xlsx)$/, '.pdf')}`);
}
