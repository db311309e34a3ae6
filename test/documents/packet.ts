import { execFileSync } from 'node:child_process';
import { buildInto } from '../support/build';
import { tempDir } from '../support/edition-fixture';

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

/** One LibreOffice profile for every conversion of this test process: a new one costs LibreOffice seconds to make. */
let profile: string | undefined;
/** The PDF each file was converted to (tagged or not), so two checks of the same packet convert it once. */
const converted = new Map<string, string>();

/** Converts files to PDF with LibreOffice, as a recipient opening them would (tagged, if asked), those not converted yet in one call; returns the PDF paths. */
export function convertWithLibreOffice(files: readonly string[], options: { tagged?: boolean } = {}): string[] {
  const key = (file: string) => `${options.tagged ? 'tagged' : 'plain'}\0${file}`;
  const missing = files.filter((file) => !converted.has(key(file)));
  if (missing.length > 0) {
    profile ??= `file://${tempDir('presskit-lo-profile-')}`;
    const outDir = tempDir('presskit-lo-');
    run('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', options.tagged ? taggedPdf : 'pdf', '--outdir', outDir, ...missing]);
    for (const file of missing) converted.set(key(file), `${outDir}/${file.split('/').pop()!.replace(/\.(docx|xlsx)$/, '.pdf')}`);
  }
  return files.map((file) => converted.get(key(file))!);
}
