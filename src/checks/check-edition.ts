import type { Diagnostic } from '../problems/diagnostics';
import { dataFiles, type DataFileName } from '../sources/data-files';
import type { Sources } from '../sources/read-sources';
import { parseJsonSource } from './json-source';
import { validateAgainstSchema } from './schema-validator';
import { crossFileChecks } from './cross-file-checks';
import { repeatedWording } from './repeated-wording';
import type { NeighboursMemo } from './neighbours-memo';
import type { Checked, CompleteEditionFiles, EditionFiles } from './edition-files';

const fileKeys: Record<DataFileName, keyof EditionFiles> = {
  'release.json': 'release',
  'programme.json': 'programme',
  'organiser.json': 'organiser',
  'schedule.json': 'schedule',
  'projects.json': 'projects',
  'registrations.json': 'registrations',
  'recipients.json': 'recipients',
};

/**
 * The data's texts parsed and checked: each file against its schema, then the rules across files
 * and the wording the data repeats from the templates. Every problem is collected.
 */
export function checkEdition(sources: Sources, memo: NeighboursMemo): { readonly files: EditionFiles; readonly problems: Diagnostic[] } {
  const problems: Diagnostic[] = [...sources.dataProblems];
  const files: Record<string, Checked<unknown>> = {};
  for (const { name, schema, file, text } of sources.data) {
    const { checked, problems: fileProblems } = checkDataFile(schema, file, text);
    problems.push(...fileProblems);
    if (checked) files[fileKeys[name]] = checked;
  }
  const checked = files as EditionFiles;
  problems.push(...crossFileChecks(checked));
  problems.push(...repeatedWording(checked, [...sources.templates.values()], memo));
  return { files: checked, problems };
}

/**
 * One data file's text parsed and checked against its schema. `checked` is there whenever the text
 * parsed into an object, also when some parts failed, so the checks across files still read the
 * parts that passed.
 */
export function checkDataFile(schema: string, file: string, text: string): { readonly checked?: Checked<unknown>; readonly problems: Diagnostic[] } {
  const parsed = parseJsonSource(file, text);
  if (!parsed.ok) return { problems: [parsed.diagnostic] };
  const { problems, usable } = validateAgainstSchema(schema, parsed.source);
  return isObject(parsed.source.value) ? { checked: { data: parsed.source.value, source: parsed.source, usable }, problems } : { problems };
}

function isObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isComplete(files: EditionFiles): files is CompleteEditionFiles {
  return dataFiles.every((spec) => !spec.required || files[fileKeys[spec.name]] !== undefined);
}
