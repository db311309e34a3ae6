import type { Patch } from '../patch';

/**
 * tiny-inflate's one function, done by Node's zlib. The compiled commands bundle inflate-with-zlib.ts
 * in tiny-inflate's place (run-compiled.js): fontkit and linebreak inflate their Unicode tables with it
 * as they load. As tiny-inflate does, it inflates raw DEFLATE data into `dest` and returns `dest`,
 * or a copy of the part written when the data is shorter (and, as it does, what does not fit is
 * left out).
 */
export const zlibInflate: Patch<undefined> = {
  library: 'tiny-inflate',
  name: 'inflate-with-zlib',
  buys: "about 70 ms of JavaScript at the start of the release's thread, a few milliseconds in zlib",
  version: '1.0.3',
  source: { file: 'index.js', sha256: '203ccaa89e30ec4d' },
  install: () => undefined,
};

