import { Packer, type Document } from 'docx';
import { installPatches, type Patch } from '../patch';

/** docx's compiler, the step inside Packer (private in its types) before it zips the parts with the clock's time. */
interface PartCompiler {
  compile(document: Document): Map<string, string | Uint8Array>;
}

let compiler: PartCompiler | undefined;

/**
 * The briefs' parts taken from docx's compiler, to be zipped by the toolkit with the release's date:
 * docx's own zip dates every entry with the clock, so no two builds would be the same bytes.
 */
export const partCompiler: Patch<typeof Packer> = {
  library: 'docx',
  name: 'part-compiler',
  buys: 'briefs of the same bytes at every build, zipped once each (docx dates its zip entries by the clock)',
  version: '9.15.2',
  source: { file: 'dist/index.cjs', sha256: '3e64ca4ffb778e7d' },
  required: true,
  install: (packer) => void (compiler = (packer as unknown as { compiler: PartCompiler }).compiler),
};

/** Every part of `document`'s package, as docx writes it, before any zip. */
export function compileParts(document: Document): Map<string, string | Uint8Array> {
  installPatches([partCompiler], Packer);
  return compiler!.compile(document);
}
