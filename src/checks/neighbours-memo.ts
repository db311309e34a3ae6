import { createHash } from 'node:crypto';
import type { ValueNeighbours } from './value-neighbours';
import { readKept, writeKept } from '../runtime/kept-json';

type Found = readonly ValueNeighbours[];

/**
 * What each template text was found to write beside its values, by a hash of the text, so a
 * template is parsed once, not at every check: the studio checks on every save, and parsing was
 * a third of `validate`'s time, which keeps the memo in a file between commands. An edited template
 * has a new hash and is parsed again; what no template uses any more is dropped.
 */
export class NeighboursMemo {
  readonly #entries: Map<string, Found>;
  readonly #used = new Set<string>();
  #added = false;

  constructor(entries: Iterable<[string, Found]> = []) {
    this.#entries = new Map(entries);
  }

  /** The memo kept in `file`; empty when there is none yet or it cannot be read. */
  static read(file: string): NeighboursMemo {
    return new NeighboursMemo(Object.entries(readKept<Record<string, Found>>(file) ?? {}));
  }

  neighbours(text: string, find: (text: string) => Found): Found {
    const key = createHash('sha256').update(text).digest('base64url');
    this.#used.add(key);
    let found = this.#entries.get(key);
    if (!found) {
      found = find(text);
      this.#entries.set(key, found);
      this.#added = true;
    }
    return found;
  }

  /** Ends a check: forgets what it did not use; true when it parsed a template it had not seen. */
  endCheck(): boolean {
    for (const key of this.#entries.keys()) if (!this.#used.has(key)) this.#entries.delete(key);
    this.#used.clear();
    const added = this.#added;
    this.#added = false;
    return added;
  }

  write(file: string): void {
    writeKept(file, Object.fromEntries(this.#entries));
  }
}
