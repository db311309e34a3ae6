import type { Diagnostic } from '../problems/diagnostics';
import { municipalityNames } from './municipality-names';
import { closestName } from './closest-name';
import type { EditionFiles } from './edition-files';

/**
 * recipients.json against projects.json: each entry names a host municipality, once. A host with no
 * entry is not an error here: an edition is checked long before it is sent (the sending command
 * reports it, see distribute/coverage.ts).
 */
export function recipientChecks(files: EditionFiles): Diagnostic[] {
  const { recipients, projects } = files;
  if (!recipients || !projects || !Array.isArray(recipients.data.municipalities)) return [];
  const hosts = hostNames(projects);
  const problems: Diagnostic[] = [];
  const seen = new Map<string, number>();
  recipients.data.municipalities.forEach((entry, i) => {
    const pointer = `/municipalities/${i}/municipality`;
    if (!recipients.usable(pointer)) return;
    const name = entry.municipality;
    const at = recipients.source.valueAt(pointer);
    const report = (rule: string, message: string, hint: string, params: Diagnostic['params']): void => void problems.push({ file: recipients.source.file, line: at.line, column: at.column, rule, message: `${pointer} ${message}`, hint, pointer, params });
    const first = seen.get(name);
    if (first !== undefined) report('duplicate-municipality', `names ${name} again (also entry ${first + 1})`, 'give each municipality one entry, with all its addresses in "addresses"', { kind: 'recipient', name, first: first + 1 });
    else seen.set(name, i);
    if (hosts && !hosts.has(name)) {
      const near = closestName(name, [...hosts]);
      report('dangling-reference', `names "${name}", which hosts no project in projects.json`, near ? `did you mean "${near}"? The prefecture and the city are written as in the brief's file name` : `host municipalities: ${[...hosts].join(', ')}`, { noun: 'host', name, ...(near ? { near } : {}), defined: [...hosts].join('、') });
    }
  });
  return problems;
}

/** Every host municipality's full name, or undefined when a project's municipality failed its schema (it may be the one meant). */
function hostNames(projects: NonNullable<EditionFiles['projects']>): ReadonlySet<string> | undefined {
  if (!Array.isArray(projects.data.projects)) return undefined;
  const names = new Set<string>();
  for (const [i, project] of projects.data.projects.entries()) {
    if (!projects.usable(`/projects/${i}/municipality`)) return undefined;
    names.add(municipalityNames(project.municipality).fullName);
  }
  return names;
}
