import type { Diagnostic } from '../problems/diagnostics';
import type { EditionFiles } from './edition-files';

/**
 * recipients.json: each municipality named once. Whether the names match the hosts of projects.json
 * is not a problem of the documents, so it stops no build: an edition is checked long before it is
 * sent, and the sending command (and validate, as a warning) reports it: see distribute/coverage.ts.
 */
export function recipientChecks(files: EditionFiles): Diagnostic[] {
  const { recipients } = files;
  if (!recipients || !Array.isArray(recipients.data.municipalities)) return [];
  const problems: Diagnostic[] = [];
  const seen = new Map<string, number>();
  recipients.data.municipalities.forEach((entry, i) => {
    const pointer = `/municipalities/${i}/municipality`;
    if (!recipients.usable(pointer)) return;
    const name = entry.municipality;
    const first = seen.get(name);
    if (first === undefined) return void seen.set(name, i);
    const at = recipients.source.valueAt(pointer);
    const message = `${pointer} names ${name} again (also entry ${first + 1})`;
    problems.push({ file: recipients.source.file, ...at, rule: 'duplicate-municipality', message, hint: 'give each municipality one entry, with all its addresses in "addresses"', pointer, params: { kind: 'recipient', name, first: first + 1 } });
  });
  return problems;
}
