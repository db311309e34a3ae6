/**
 * A place in a data file named as the studio's form names it: 「プロジェクト 9 の最終日」 for
 * `/projects/8/end`. The schemas' Japanese titles are the one source of the form's labels, the
 * messages and the guide; list items count from 1, as the form counts them. Free of Node and the
 * DOM: the page's bundle uses it too.
 */
import common from '../../schemas/common.schema.json';
import organiser from '../../schemas/organiser.schema.json';
import programme from '../../schemas/programme.schema.json';
import projects from '../../schemas/projects.schema.json';
import recipients from '../../schemas/recipients.schema.json';
import registrations from '../../schemas/registrations.schema.json';
import release from '../../schemas/release.schema.json';
import schedule from '../../schemas/schedule.schema.json';

type Schema = Readonly<Record<string, unknown>>;

const schemasByFile: Readonly<Record<string, Schema>> = {
  'release.json': release,
  'programme.json': programme,
  'organiser.json': organiser,
  'schedule.json': schedule,
  'projects.json': projects,
  'registrations.json': registrations,
  'recipients.json': recipients,
};

/** The data file's schema, from its path (`data/projects.json`, or a Windows path). */
export function schemaOfFile(file: string): Schema | undefined {
  return schemasByFile[file.split(/[\\/]/).pop() ?? ''];
}

/** The file as staff know it: 「プロジェクト」 for projects.json (its schema's title, less the file name). */
export function fileTitle(file: string): string | undefined {
  const title = schemaOfFile(file)?.title;
  return typeof title === 'string' ? title.replace(/（[^）]*）$/, '') : undefined;
}

/** The schema with the definition it refers to beneath it (its own keywords win, as the form merges them). */
function resolved(node: Schema): Schema {
  const ref = node.$ref;
  if (typeof ref !== 'string') return node;
  const name = /#\/\$defs\/(.+)$/.exec(ref)?.[1];
  const target = name ? (common.$defs as Record<string, Schema>)[name] : undefined;
  return target ? { ...target, ...node } : node;
}

const unescape = (key: string): string => key.replace(/~1/g, '/').replace(/~0/g, '~');

/** The labels along a pointer: ['プロジェクト 9', '最終日']; a key the schema does not know is named as written. */
export function fieldLabels(file: string, pointer: string): string[] {
  let node: Schema | undefined = schemaOfFile(file);
  const labels: string[] = [];
  for (const key of pointer.split('/').slice(1).map(unescape)) {
    const schema = node ? resolved(node) : undefined;
    const items = schema?.items as Schema | undefined;
    if (items && /^\d+$/.test(key)) {
      const label = typeof items.title === 'string' ? items.title : (labels.pop() ?? '項目');
      if (typeof items.title === 'string') labels.pop();
      labels.push(`${label} ${Number(key) + 1}`);
      node = items;
      continue;
    }
    const child = (schema?.properties as Record<string, Schema> | undefined)?.[key];
    const title = child && typeof child === 'object' ? (child.title ?? resolved(child).title) : undefined;
    labels.push(typeof title === 'string' ? title : `「${key}」`);
    node = child && typeof child === 'object' ? child : undefined;
  }
  return labels;
}

/** 「プロジェクト 9 の最終日」; the file's own name for the file as a whole. */
export function fieldName(file: string, pointer: string): string {
  const labels = fieldLabels(file, pointer);
  if (labels.length === 0) return fileTitle(file) ?? 'このファイル';
  return labels.reduce((name, label) => `${name}${/\d$/.test(name) ? ' ' : ''}の${label}`);
}

/** The schema of the value at a pointer (its definition merged in), for its description and limits. */
export function schemaAt(file: string, pointer: string): Schema | undefined {
  let node: Schema | undefined = schemaOfFile(file);
  for (const key of pointer.split('/').slice(1).map(unescape)) {
    if (!node) return undefined;
    const schema = resolved(node);
    node = /^\d+$/.test(key) && schema.items ? (schema.items as Schema) : ((schema.properties as Record<string, Schema> | undefined)?.[key] ?? undefined);
  }
  return node ? resolved(node) : undefined;
}
