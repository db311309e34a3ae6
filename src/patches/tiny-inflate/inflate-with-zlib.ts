import { inflateRawSync } from 'node:zlib';
import { isInstalled } from '../patch';
import { zlibInflate } from './zlib-inflate';

/**
 * tiny-inflate's one function, done by Node's zlib: see zlib-inflate.ts. The compiled commands bundle
 * this module in tiny-inflate's place (run-compiled.js).
 */
type Inflate = (source: Uint8Array, dest: Uint8Array) => Uint8Array;
let chosen: Inflate | undefined;

function withZlib(source: Uint8Array, dest: Uint8Array): Uint8Array {
  const inflated = inflateRawSync(source);
  dest.set(inflated.length > dest.length ? inflated.subarray(0, dest.length) : inflated);
  return inflated.length < dest.length ? dest.slice(0, inflated.length) : dest;
}

/** zlib's, or tiny-inflate's own when the patches are off or tiny-inflate is not the one this was written for. */
function inflate(source: Uint8Array, dest: Uint8Array): Uint8Array {
  if (!chosen) {
    // By its file, which the compiled commands do not replace by this module.
    chosen = isInstalled(zlibInflate) ? withZlib : (require('tiny-inflate/index.js') as Inflate);
  }
  return chosen(source, dest);
}

export = inflate;
