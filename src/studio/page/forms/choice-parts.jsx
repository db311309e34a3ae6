// Choose, don't type: a value that must be one of a list as a list (edition-choices.ts gives the
// list), and the municipality found by part of its name, filling in its 団体コード.
import { useState } from 'react';
import { ariaDescribedByIds, getUiOptions } from '@rjsf/utils';
import { choicesOption } from './edition-choices';
import localGovernments from './local-governments.json';

/**
 * A select of the choices the uiSchema gives; a value the file holds that is not among them stays
 * shown, marked, so the problem beside it makes sense and nothing is changed by opening the form.
 */
function ChoiceWidget({ id, htmlName, value, required, disabled, readonly, autofocus, onChange, onBlur, onFocus, options }) {
  const choices = options[choicesOption] ?? [];
  const unknown = value !== undefined && value !== '' && !choices.some((c) => c.value === value);
  return (
    <select
      id={id}
      name={htmlName || id}
      className="form-control"
      value={value ?? ''}
      required={required}
      disabled={disabled || readonly}
      autoFocus={autofocus}
      onChange={(event) => onChange(event.target.value === '' ? undefined : event.target.value)}
      onBlur={(event) => onBlur(id, event.target.value)}
      onFocus={(event) => onFocus(id, event.target.value)}
      aria-describedby={ariaDescribedByIds(id)}
    >
      <option value="">{choices.length ? '選んでください' : '選べるものがありません'}</option>
      {unknown && <option value={value}>{value}（一覧にありません）</option>}
      {choices.map((c) => (
        <option key={c.value} value={c.value}>
          {c.label}
        </option>
      ))}
    </select>
  );
}

/** 全国地方公共団体コード: each prefecture and municipality, with its reading (local-governments.json says where from). */
const entries = localGovernments.rows.map(([code, prefecture, city, reading]) => ({ code, prefecture, city, reading, name: `${prefecture}${city}` }));
const shownMatches = 12;

function matchesOf(query) {
  const q = query.trim().replace(/\s+/g, '');
  if (q === '') return [];
  return entries.filter((e) => e.name.includes(q) || (e.reading && e.reading.startsWith(q)) || e.code.startsWith(q)).slice(0, shownMatches);
}

/**
 * The municipality: above its fields, a box that finds it by part of its name (浜田 → 島根県浜田市)
 * or its reading; choosing one fills in the prefecture, the city and the 団体コード together. The
 * fields stay editable, and the check-digit rule still checks the code.
 */
function MunicipalityField(props) {
  const { ObjectField } = props.registry.fields;
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const id = `${props.fieldPathId.$id}__search`;
  const matches = matchesOf(query);
  const choose = (entry) => {
    const { city: _old, ...rest } = props.formData ?? {};
    props.onChange({ ...rest, prefecture: entry.prefecture, ...(entry.city ? { city: entry.city } : {}), code: entry.code }, props.fieldPathId.path);
    setQuery('');
    setActive(0);
  };
  const onKeyDown = (event) => {
    if (matches.length === 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((active + (event.key === 'ArrowDown' ? 1 : matches.length - 1)) % matches.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(matches[Math.min(active, matches.length - 1)]);
    } else if (event.key === 'Escape') {
      setQuery('');
    }
  };
  const title = getUiOptions(props.uiSchema).title ?? props.schema.title ?? '自治体';
  return (
    <div className="municipality">
      <div className="municipality-search">
        <label htmlFor={id}>{title}を名前で探す</label>
        <input
          id={id}
          type="search"
          className="form-control"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={matches.length > 0}
          aria-controls={`${id}__list`}
          aria-activedescendant={matches.length ? `${id}__${Math.min(active, matches.length - 1)}` : undefined}
          placeholder="例：浜田、はまだ"
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
        <ul id={`${id}__list`} role="listbox" aria-label={`${title}の候補`} className="municipality-list" hidden={matches.length === 0}>
          {matches.map((entry, i) => (
            <li
              key={entry.code}
              id={`${id}__${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(event) => {
                event.preventDefault();
                choose(entry);
              }}
            >
              {entry.name}
              <span className="code">{entry.code}</span>
            </li>
          ))}
        </ul>
        <p className="quiet">選ぶと都道府県・市区町村・地方公共団体コードが入ります（総務省の全国地方公共団体コード、{localGovernments.date} 時点）。</p>
      </div>
      <ObjectField {...props} />
    </div>
  );
}

export const choiceWidgets = { choice: ChoiceWidget };
export const choiceFields = { municipality: MunicipalityField };
