import { resolved, type SchemaNode } from './schema-nodes';

/**
 * The data files staff edit as tables (one row per item): which array of the file, what an item is
 * called, and its columns, read from the file's schema so the table, its row form and the .xlsx
 * taken out of it say what the form says.
 */

/** How a cell's text becomes a value and back. */
export type ColumnType = 'text' | 'integer' | 'date' | 'list' | 'yes-no' | 'choice';

export interface TableColumn {
  /** JSON pointer inside one item (`/municipality/prefecture`). */
  readonly key: string;
  /** The schema's title: the form's own label. */
  readonly title: string;
  readonly type: ColumnType;
  readonly required: boolean;
  /** The choices of a `choice` column. */
  readonly choices?: readonly string[];
}

export interface RecordTable {
  /** The data file (`registrations.json`). */
  readonly file: string;
  /** The array of the file that holds the items. */
  readonly array: string;
  /** What one item is called: 申込 3, プロジェクト 3. */
  readonly itemLabel: string;
  /** The columns that name an item beside its number (プロジェクト 3（大分県）): the first of them that has a value. */
  readonly nameKeys: readonly string[];
  readonly columns: readonly TableColumn[];
}

/** The files shown as tables, the array in each, and the columns that name an item. */
const tables: readonly Omit<RecordTable, 'columns' | 'itemLabel'>[] = [
  { file: 'registrations.json', array: 'registrations', nameKeys: ['/name'] },
  { file: 'projects.json', array: 'projects', nameKeys: ['/municipality/city', '/municipality/prefecture'] },
];

/** The record tables of the files whose schemas are given (as `formSchemas` gives them: shared definitions inside). */
export function recordTables(schemas: Readonly<Record<string, unknown>>): RecordTable[] {
  return tables.flatMap((table) => {
    const schema = schemas[table.file] as SchemaNode | undefined;
    const array = schema?.properties?.[table.array];
    if (!schema || !array?.items) return [];
    return [{ ...table, itemLabel: array.title ?? table.array, columns: columnsOf(schema, resolved(schema, array.items), '', '') }];
  });
}

/** One column per plain property; an object's properties become columns of their own (one level). */
function columnsOf(root: SchemaNode, node: SchemaNode, prefix: string, parentTitle: string): TableColumn[] {
  return Object.entries(node.properties ?? {}).flatMap(([key, raw]) => {
    const property = resolved(root, raw);
    const title = raw.title ?? property.title ?? key;
    const required = (node.required ?? []).includes(key);
    if (property.type === 'object' && !prefix) return columnsOf(root, property, `/${key}`, title);
    const type: ColumnType = property.enum ? 'choice' : property.type === 'integer' || property.type === 'number' ? 'integer' : property.type === 'boolean' ? 'yes-no' : property.type === 'array' ? 'list' : property.format === 'date' ? 'date' : 'text';
    const column: TableColumn = { key: `${prefix}/${key}`, title: parentTitle && title === key ? parentTitle : title, type, required, ...(property.enum ? { choices: property.enum.map(String) } : {}) };
    return [column];
  });
}

/** The value at a pointer inside an item. */
export function cellValue(item: unknown, key: string): unknown {
  return key
    .split('/')
    .slice(1)
    .reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), item);
}

/** A cell's value as text, as the table and the .xlsx show it (a list joined with 、, yes-no as はい or empty). */
export function cellText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map(String).join('、');
  if (typeof value === 'boolean') return value ? 'はい' : '';
  return String(value);
}
