import type Handlebars from 'handlebars';
import type { Patch } from '../patch';

type Code = string | readonly unknown[];
interface Compiler {
  aliasable(name: string): string;
  quotedString(s: string): string;
  popStack(): Code;
  push(code: Code): void;
  source: { currentLocation: unknown };
}
type ResolvePath = (this: Compiler, type: string, parts: string[], i: number, falsy: boolean, strict: boolean) => void;

const strictInstances = new WeakSet<object>();

/**
 * Handlebars' own strict mode checks only the last part of a plain {{a.b}}, not the lookups inside
 * {{#if}}, {{#each}} or helper arguments (those render ""), and crashes on a string `this`. On the
 * instance given, every lookup on the data goes through container.strict, which throws with the
 * template position when the key is absent.
 */
export const strictLookups: Patch<typeof Handlebars> = {
  library: 'handlebars',
  name: 'strict-lookups',
  buys: 'a template naming a value the data lacks inside {{#if}}, {{#each}} or a helper is a problem at its line, not an empty text; no speed',
  version: '4.7.10',
  source: { file: 'dist/cjs/handlebars/compiler/javascript-compiler.js', sha256: '0523d0f3ff90b98b' },
  install(hb) {
    if (strictInstances.has(hb)) return;
    strictInstances.add(hb);
    const Base = (hb as unknown as { JavaScriptCompiler: new () => object }).JavaScriptCompiler;
    const baseResolvePath = (Base.prototype as { resolvePath: ResolvePath }).resolvePath;
    class StrictCompiler extends Base {
      resolvePath(this: Compiler, type: string, parts: string[], i: number, falsy: boolean, strict: boolean): void {
        if (type !== 'context') return baseResolvePath.call(this, type, parts, i, falsy, strict);
        let code: Code = this.popStack();
        for (; i < parts.length; i++) {
          code = [this.aliasable('container.strict'), '(Object(', code, '), ', this.quotedString(parts[i]), ', ', JSON.stringify(this.source.currentLocation), ')'];
        }
        this.push(code);
      }
    }
    // Blocks ({{#each}} bodies) are compiled by `new this.compiler()`: make that ours too.
    (StrictCompiler.prototype as { compiler?: unknown }).compiler = StrictCompiler;
    (hb as unknown as { JavaScriptCompiler: unknown }).JavaScriptCompiler = StrictCompiler;
  },
};
