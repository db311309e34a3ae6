import fs from 'node:fs';
import { expect, it } from 'vitest';
import { generateDataTypes, generatedTypesFile } from '../../src/tools/generate-data-types';
import { generateSchemaValidators, generatedValidatorsFile } from '../../src/tools/generate-schema-validators';

it('the TypeScript data types are what the schemas generate (run `npm run types` after changing a schema)', async () => {
  expect(fs.readFileSync(generatedTypesFile, 'utf8')).toBe(await generateDataTypes());
});

it('the validators are what ajv generates from the schemas (run `npm run types` after changing a schema or updating ajv)', () => {
  expect(fs.readFileSync(generatedValidatorsFile, 'utf8')).toBe(generateSchemaValidators());
});
