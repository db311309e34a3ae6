// A table's cells: an item's value at a column as text, typed text as a value, an item named as the form names it.
import { element } from './problems.js';

/** A cell's value as text: a list joined with 、, yes-no as はい or empty (as the .xlsx taken out writes it). */
export function cellText(value) {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map(String).join('、');
  if (typeof value === 'boolean') return value ? 'はい' : '';
  return String(value);
}

export const cellValue = (item, key) => key.split('/').slice(1).reduce((node, part) => (node && typeof node === 'object' ? node[part] : undefined), item);

/** Text typed into a cell as the value its column holds; an empty optional cell is no value. */
export function parsedCell(column, text) {
  const trimmed = text.trim();
  if (trimmed === '') return column.required ? (column.type === 'list' ? [] : '') : undefined;
  if (column.type === 'integer') return /^[0-9０-９]+$/.test(trimmed) ? Number(trimmed.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10))) : trimmed;
  if (column.type === 'list') return trimmed.split(/[、,，]\s*/).filter(Boolean);
  if (column.type === 'yes-no') return trimmed === 'はい' ? true : undefined;
  return trimmed;
}

/** A copy of `item` with the value at `key` set (or removed when undefined); objects on the way are made. */
export function withCell(item, key, value) {
  const [first, ...rest] = key.split('/').slice(1);
  const copy = { ...(item ?? {}) };
  if (rest.length === 0) {
    if (value === undefined) delete copy[first];
    else copy[first] = value;
    return copy;
  }
  const inner = withCell(copy[first], `/${rest.join('/')}`, value);
  if (Object.keys(inner).length === 0) delete copy[first];
  else copy[first] = inner;
  return copy;
}

/** 「プロジェクト 3（大分県）」: the form's 1-based number and the item's name. */
export function itemName(table, item, index) {
  const name = table.nameKeys.map((key) => cellText(cellValue(item, key))).find((text) => text !== '');
  return `${table.itemLabel} ${index + 1}${name ? `（${name}）` : ''}`;
}

/** A list to choose a cell's value from: a column of choices, or a yes-no column (empty is いいえ). */
export function choiceList(column, current, id) {
  const select = element('select', id ? { id } : {});
  const choices = column.type === 'yes-no' ? ['', 'はい'] : ['', ...column.choices];
  select.append(...choices.map((choice) => element('option', { value: choice, textContent: choice || (column.type === 'yes-no' ? 'いいえ' : '（なし）'), selected: choice === current })));
  return select;
}
