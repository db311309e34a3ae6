import fs from 'node:fs';
import { generateDataTypes, generatedTypesFile } from './generate-data-types';
import { generateSchemaValidators, generatedValidatorsFile } from './generate-schema-validators';

/** `npm run types`: everything generated from schemas/ — the data types and the validators. */
void (async () => {
  fs.writeFileSync(generatedTypesFile, await generateDataTypes());
  fs.writeFileSync(generatedValidatorsFile, generateSchemaValidators());
})();
