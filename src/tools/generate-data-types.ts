import fs from 'node:fs';
import path from 'node:path';
import { compile, type JSONSchema } from 'json-schema-to-typescript';
import { dataFiles } from '../sources/data-files';
import { schemasDir } from '../runtime/paths';

/**
 * The schemas are the single source of truth for the shape of data files; the TypeScript types
 * are generated from them (`npm run types`) and a test fails when the committed file drifts.
 */
export const generatedTypesFile = path.join(__dirname, '..', 'sources', 'data-files.generated.ts');

const banner = '/* Generated from schemas/*.schema.json by `npm run types`. Do not edit: change the schema and regenerate. */';

export async function generateDataTypes(): Promise<string> {
  const parts = [banner];
  for (const file of dataFiles) {
    const typeName = fileTypeName(file.name);
    const schema = withoutTitles(readSchema(file.schema), true) as JSONSchema;
    schema.title = typeName;
    parts.push(
      await compile(schema, typeName, {
        cwd: schemasDir,
        bannerComment: '',
        additionalProperties: false,
        ignoreMinAndMaxItems: true,
        format: true,
        style: { singleQuote: true, printWidth: 120 },
        $refOptions: { resolve: { file: { read: (ref: { url: string }) => JSON.stringify(withoutTitles(readSchema(path.basename(ref.url)), false)) } } },
      }),
    );
  }
  return parts.join('\n');
}

/** release.json → ReleaseFile */
function fileTypeName(fileName: string): string {
  const stem = path.basename(fileName, '.json');
  return `${stem[0].toUpperCase()}${stem.slice(1)}File`;
}

function readSchema(name: string): unknown {
  return JSON.parse(fs.readFileSync(path.join(schemasDir, name), 'utf8'));
}

/**
 * The schemas' titles are Japanese help for staff; json-schema-to-typescript would turn each into a
 * type name. Folding them into the description keeps the help as doc comments and the types inline.
 */
function withoutTitles(node: unknown, isRoot: boolean): unknown {
  if (Array.isArray(node)) return node.map((n) => withoutTitles(n, false));
  if (node === null || typeof node !== 'object') return node;
  const source = node as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(source)) {
    if (key === 'title' && !isRoot) continue;
    if (key === 'properties' || key === '$defs') {
      out[key] = Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, withoutTitles(v, false)]));
    } else {
      out[key] = withoutTitles(value, false);
    }
  }
  if (!isRoot && typeof source.title === 'string') {
    out.description = typeof source.description === 'string' ? `${source.title}：${source.description}` : source.title;
  }
  return out;
}
