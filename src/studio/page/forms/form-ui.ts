/**
 * How react-jsonschema-form draws each field of a data file, read from its schema (the uiSchema).
 * The page's bundle imports this module: it stays free of Node and the DOM.
 *
 * - Each array item is labelled with what it is and its number (表題の行 1, プロジェクト 3): RJSF
 *   would label a line of 表題 with the title of the shared definition it refers to (短い文字列).
 *   An item is named by its own `title` if it has one, else by its array's title.
 * - An item shows only a description of its own, not the shared definition's (人名・自治体名など
 *   の名称…, repeated under every 海外事務所, and wrong where the array allows fewer characters);
 *   a date shows none it did not say itself (the date field shows the date as the documents write it).
 * - A 文章 (`#/$defs/text`) is typed in a box of several lines.
 */

type Schema = Readonly<Record<string, unknown>>;
export type UiSchema = Record<string, unknown>;

/** A ui option read by the page's description template: leave out the description the field inherits. */
export const hideDescription = 'hideDescription';
/** A ui option of an array read by the page's add button: what one item is called (表題の行). */
export const itemLabel = 'itemLabel';

const longText = '#/$defs/text';

export function formUiSchema(root: Schema): UiSchema {
  const defs = (root.$defs ?? {}) as Record<string, Schema>;
  /** The schema with the definition it refers to beneath it (its own keywords win, as RJSF merges them). */
  const resolved = (node: Schema, seen = new Set<string>()): Schema => {
    const ref = node.$ref;
    if (typeof ref !== 'string' || !ref.startsWith('#/$defs/') || seen.has(ref)) return node;
    const target = defs[ref.slice('#/$defs/'.length)];
    return target ? { ...resolved(target, new Set([...seen, ref])), ...node } : node;
  };

  const uiFor = (node: Schema): UiSchema => {
    const schema = resolved(node);
    const ui: UiSchema = {};
    if (node.$ref === longText) Object.assign(ui, { 'ui:widget': 'textarea', 'ui:options': { rows: 4 } });
    if (schema.format === 'date' && node.description === undefined) ui['ui:options'] = { [hideDescription]: true };
    if (typeof schema.properties === 'object' && schema.properties !== null) {
      for (const [key, property] of Object.entries(schema.properties as Record<string, Schema>)) {
        const child = typeof property === 'object' ? uiFor(property) : {};
        if (Object.keys(child).length > 0) ui[key] = child;
      }
    }
    if (typeof schema.items === 'object' && schema.items !== null) {
      const items = schema.items as Schema;
      const label = typeof items.title === 'string' ? items.title : String(schema.title ?? '項目');
      const itemUi = uiFor(items);
      const ownDescription = items.description !== undefined;
      ui['ui:options'] = { ...(ui['ui:options'] as object), [itemLabel]: label };
      ui.items = (_item: unknown, index: number): UiSchema => ({
        ...itemUi,
        'ui:title': `${label} ${index + 1}`,
        ...(ownDescription ? {} : { 'ui:options': { ...(itemUi['ui:options'] as object), [hideDescription]: true } }),
      });
    }
    return ui;
  };
  return uiFor(root);
}

/**
 * `extra` laid over `base`: objects merged key by key, an item uiSchema given as a function (the
 * numbered labels above) merged into what it returns, `ui:options` merged, anything else replaced.
 */
export function mergeUi(base: UiSchema, extra: UiSchema): UiSchema {
  const result: UiSchema = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const current = result[key];
    if (key === 'items' && typeof current === 'function') {
      const items = current as (item: unknown, index: number) => UiSchema;
      result.items = (item: unknown, index: number): UiSchema => mergeUi(items(item, index), value as UiSchema);
    } else if (isUi(current) && isUi(value)) {
      result[key] = mergeUi(current, value);
    } else {
      result[key] = value;
    }
  }
  return result;
}

const isUi = (value: unknown): value is UiSchema => typeof value === 'object' && value !== null && !Array.isArray(value);
