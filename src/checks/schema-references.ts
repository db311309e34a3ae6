import fs from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../problems/diagnostics';
import { schemasDir } from '../runtime/paths';
import { dataFiles } from '../sources/data-files';
import { parseJsonSource } from './json-source';

/** The `$schema` a data file in `folder` names its schema by: a path relative to the folder, with forward slashes. */
export function schemaReference(folder: string, schema: string): string {
  return path.relative(path.resolve(folder), path.join(schemasDir, schema)).split(path.sep).join('/');
}

/**
 * A data file's `$schema` that does not lead to its schema from the file's folder (a folder copied
 * with `cp -r`): nothing is wrong with the data, but an editor silently loses its help. A warning.
 */
export async function schemaReferenceWarnings(dataDir: string, registrationsFile?: string): Promise<Diagnostic[]> {
  const warnings: Diagnostic[] = [];
  for (const spec of dataFiles) {
    const file = spec.name === 'registrations.json' && registrationsFile ? registrationsFile : path.join(dataDir, spec.name);
    const text = await fs.readFile(file, 'utf8').catch(() => null);
    const parsed = text === null ? null : parseJsonSource(file, text);
    if (!parsed?.ok) continue;
    const reference = (parsed.source.value as { $schema?: unknown }).$schema;
    if (typeof reference !== 'string' || /^[a-z][a-z0-9+.-]*:/i.test(reference)) continue;
    if (await fs.stat(path.resolve(path.dirname(file), reference)).then(() => true, () => false)) continue;
    const at = parsed.source.valueAt('/$schema');
    const expected = schemaReference(path.dirname(file), spec.schema);
    warnings.push({
      file,
      line: at.line,
      column: at.column,
      severity: 'warning',
      rule: 'schema-reference',
      message: `/$schema "${reference}" does not lead to a schema from this folder, so an editor shows no help for this file`,
      hint: `write "${expected}"; npm run new-edition writes it for you`,
      pointer: '/$schema',
      params: { found: reference, expected },
    });
  }
  return warnings;
}
