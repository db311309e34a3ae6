import { inflateRawSync } from 'node:zlib';

/**
 * tiny-inflate's one function, done by Node's zlib. The compiled commands bundle it in tiny-inflate's
 * place (run-compiled.js): fontkit and linebreak inflate their Unicode tables with it as they load,
 * about 70 ms of JavaScript at the start of the release's thread, a few milliseconds in zlib. As
 * tiny-inflate does, it inflates raw DEFLATE data into `dest` and returns `dest`, or a copy of the
 * part written when the data is shorter (and, as it does, what does not fit is left out).
 */
function inflate(source: Uint8Array, dest: Uint8Array): Uint8Array {
  const inflated = inflateRawSync(source);
  dest.set(inflated.length > dest.length ? inflated.subarray(0, dest.length) : inflated);
  return inflated.length < dest.length ? dest.slice(0, inflated.length) : dest;
}

export = inflate;
