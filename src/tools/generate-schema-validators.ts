import fs from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import standaloneCode from 'ajv/dist/standalone';
import addFormats from 'ajv-formats';
import { dataFiles, sharedSchemas } from '../sources/data-files';
import { schemasDir } from '../runtime/paths';

/**
 * ajv's standalone validation code for every data file's schema (`npm run types`), so no command
 * compiles a schema when it starts (about 0.1 s of every `validate` and `build`); a test fails when
 * the committed file drifts from the schemas or from ajv.
 */
export const generatedValidatorsFile = path.join(__dirname, '..', 'checks', 'schema-validators.generated.js');

export function generateSchemaValidators(): string {
  // `verbose` keeps each error's schema and value, which the messages and hints are written from.
  const ajv = new Ajv2020({ allErrors: true, strict: true, verbose: true, useDefaults: false, code: { source: true, lines: true } });
  addFormats(ajv, ['date', 'email', 'uri']);
  for (const name of [...sharedSchemas, ...dataFiles.map((f) => f.schema)]) ajv.addSchema(JSON.parse(fs.readFileSync(path.join(schemasDir, name), 'utf8')) as object, name);
  const code = standaloneCode(ajv, Object.fromEntries(dataFiles.map((f) => [f.schema, f.schema])));
  return `/* Generated from schemas/*.schema.json by \`npm run types\` (ajv's standalone code). Do not edit: change the schema and regenerate. */\n${code}\n`;
}
