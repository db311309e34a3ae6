import fs from 'node:fs';
import { expect, it } from 'vitest';
import { generateDataTypes, generatedTypesFile } from '../../src/tools/generate-data-types';

it('the TypeScript data types are what the schemas generate (run `npm run types` after changing a schema)', async () => {
  expect(fs.readFileSync(generatedTypesFile, 'utf8')).toBe(await generateDataTypes());
});
