import fs from 'node:fs/promises';
import path from 'node:path';
import { createHash, randomUUID } from 'node:crypto';
import type { ValueNeighbours } from '../wording/value-neighbours';

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
  static async read(file: string): Promise<NeighboursMemo> {
    try {
      return new NeighboursMemo(Object.entries(JSON.parse(await fs.readFile(file, 'utf8')) as Record<string, Found>));
    } catch {
      return new NeighboursMemo();
    }
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

  /** Written whole (another command may be reading it); a folder that cannot be written only costs the next command the parsing. */
  async write(file: string): Promise<void> {
    const partial = `${file}.${randomUUID()}`;
    try {
      await fs.mkdir(path.dirname(file), { recursive: true });
      await fs.writeFile(partial, JSON.stringify(Object.fromEntries(this.#entries)));
      await fs.rename(partial, file);
    } catch {
      await fs.rm(partial, { force: true });
    }
  }
}
