import type { Filling, FillingRecorder } from './templates';

/** What one template gave in one build: its first fillings, in the order they were made, and how many there were. */
export interface TemplateFillings {
  readonly first: readonly Filling[];
  readonly count: number;
}

/**
 * A recorder that keeps, per template name, the first `kept` fillings and the count of all: a
 * national edition fills a brief's templates once per municipality, and no one reads them all.
 */
export function keptFillings(kept: number): { readonly record: FillingRecorder; readonly fillings: ReadonlyMap<string, TemplateFillings> } {
  const fillings = new Map<string, { first: Filling[]; count: number }>();
  return {
    fillings,
    record(filling) {
      const entry = fillings.get(filling.name) ?? { first: [], count: 0 };
      fillings.set(filling.name, entry);
      entry.count += 1;
      if (entry.first.length < kept) entry.first.push(filling);
    },
  };
}
