// The page's editors: a data file as a form made from its JSON Schema (react-jsonschema-form), and
// text in CodeMirror (text-editor.js). Bundled by the server
// with esbuild, with the schemas' validators compiled there: the page's CSP allows no eval.
import { createRoot } from 'react-dom/client';
import { useRef, useState } from 'react';
import { localise } from '../../../messages/catalogue';
import Form, { getDefaultRegistry } from '@rjsf/core';
import { createPrecompiledValidator } from '@rjsf/validator-ajv8';
import { TranslatableString, getTemplate, getUiOptions } from '@rjsf/utils';
import validators from 'studio:validators';
import { isInside, keyRules, missingAlternatives } from '../../../checks/key-alternatives';
import { formTemplates, formWidgets } from './form-parts.jsx';
import { choiceFields, choiceWidgets } from './choice-parts.jsx';
import { choicesUi, scheduleChoices, workedOut } from './edition-choices';
import { formUiSchema, mergeUi } from './form-ui';
import { defaultFormStateBehavior, fileValue, openedValue, sameValue } from './form-value';

/** RJSF's own words, in Japanese. */
const words = {
  [TranslatableString.AddItemButton]: '追加',
  [TranslatableString.AddButton]: '追加',
  [TranslatableString.RemoveButton]: '削除',
  [TranslatableString.MoveUpButton]: '上へ',
  [TranslatableString.MoveDownButton]: '下へ',
  [TranslatableString.CopyButton]: '複製',
  [TranslatableString.EmptyArray]: 'まだありません。下のボタンで追加します。',
  [TranslatableString.ErrorsLabel]: '入力の問題',
  [TranslatableString.YesLabel]: 'はい',
  [TranslatableString.NoLabel]: 'いいえ',
  [TranslatableString.OptionalObjectAdd]: 'この項目を追加',
  [TranslatableString.OptionalObjectRemove]: 'この項目を削除',
  [TranslatableString.OptionalObjectEmptyMsg]: 'この項目はありません',
  [TranslatableString.AriaDateLabel]: '日付を選ぶ',
};
const translate = (key, params = []) => (words[key] ?? key).replace(/%(\d)/g, (_, n) => params[Number(n) - 1] ?? '');

const uiSchema = {
  $schema: { 'ui:widget': 'hidden' },
  'ui:submitButtonOptions': { norender: true },
  'ui:globalOptions': { enableOptionalDataFieldForType: ['object'], orderable: true, copyable: false },
  // The file itself is not optional: only the objects inside it (such as the photo) can be added and removed.
  'ui:enableOptionalDataFieldForType': [],
};

const { AnyOfField } = getDefaultRegistry().fields;

/**
 * An anyOf that only says which keys an object needs (a session: a venue, an online meeting or both)
 * is a rule, not a choice of shapes: RJSF would offer its branches in a list and draw a field for
 * each key again. The object's own fields are already there (optional parts added and removed as
 * usual); here only the rule's problems show.
 */
function KeyRuleOrChoice(props) {
  if (!keyRules(props.options)) return <AnyOfField {...props} />;
  const FieldErrorTemplate = getTemplate('FieldErrorTemplate', props.registry, getUiOptions(props.uiSchema));
  return <FieldErrorTemplate errors={props.errorSchema?.__errors} errorSchema={props.errorSchema} fieldPathId={props.fieldPathId} schema={props.schema} uiSchema={props.uiSchema} registry={props.registry} />;
}
const fields = { AnyOfField: KeyRuleOrChoice, ...choiceFields };
const widgets = { ...formWidgets, ...choiceWidgets };

/** The schema a JSON pointer of an error's schemaPath (#/properties/sessions/items/anyOf) names. */
function schemaAt(schema, path) {
  return path
    .replace(/^#\/?/, '')
    .split('/')
    .filter(Boolean)
    .reduce((node, key) => node?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], schema);
}

/**
 * ajv's errors as they type, in the catalogue's Japanese (the server's words), with an object that
 * lacks every key of a key rule (a session with neither venue nor online) given as one problem, not
 * one "required" per key.
 */
function keyRuleErrors(schema, name) {
  return (errors) => {
    const rules = errors.flatMap((error) => {
      const alternatives = error.name === 'anyOf' ? keyRules(schemaAt(schema, error.schemaPath)) : undefined;
      return alternatives ? [{ error, alternatives }] : [];
    });
    return errors
      .filter((error) => !rules.some((rule) => isInside(error, rule.error)))
      .map((error) => {
        const rule = rules.find((r) => r.error === error);
        const params = rule ? { alternatives: rule.alternatives.map((a) => a.title ?? a.keys.join('・')).join('、'), keys: rule.alternatives.map((a) => a.keys.join('・')).join('、') } : error.params;
        const words = inJapanese(name, error.name, `/${(error.property ?? '').replace(/^\./, '').split('.').filter(Boolean).join('/')}`.replace(/^\/$/, ''), params, rule ? missingAlternatives(rule.alternatives) : error.message);
        return { ...error, message: words, stack: words };
      });
  };
}

/** A problem of the file's field at `pointer`, in the words the 問題 tab uses, with what to do. */
function inJapanese(file, rule, pointer, params, english) {
  const flat = Object.fromEntries(Object.entries(params ?? {}).flatMap(([k, v]) => (typeof v === 'string' || typeof v === 'number' ? [[k, v]] : Array.isArray(v) ? [[k, v.join('、')]] : [])));
  const words = localise({ file, line: 0, column: 0, rule, message: english ?? '', hint: '', pointer, params: flat }, 'ja');
  return `${words.message}${words.hint ? `（${words.hint}）` : ''}`;
}

const unescapeKey = (k) => k.replace(/~1/g, '/').replace(/~0/g, '~');

/** The server's problems of this file as RJSF's error tree, each at its field (its pointer), in the 問題 tab's words. */
function errorTree(problems) {
  const tree = {};
  for (const problem of problems) {
    let node = tree;
    for (const key of (problem.pointer ?? '').split('/').slice(1).map(unescapeKey)) node = node[key] ??= {};
    (node.__errors ??= []).push(`${problem.message}${problem.hint ? `（${problem.hint}）` : ''}`);
  }
  return tree;
}

/** Rules the form checks itself as staff type: once they edit, its own word on them replaces the last save's. */
const schemaRules = new Set(['required', 'additionalProperties', 'type', 'enum', 'format', 'pattern', 'minLength', 'maxLength', 'minItems', 'maxItems', 'uniqueItems', 'minimum', 'maximum', 'anyOf']);

/** The value at a JSON pointer. */
const valueAt = (value, pointer) => (pointer ?? '').split('/').slice(1).map(unescapeKey).reduce((node, key) => (node === null || typeof node !== 'object' ? undefined : node[key]), value);

function DataForm({ name, schema, ui, validator, initial, problems, schedule, onChange }) {
  const [value, setValue] = useState(initial);
  const [edited, setEdited] = useState(false);
  const [transformErrors] = useState(() => keyRuleErrors(schema, name));
  // The form's value when these problems came (the file they were found in): a field changed since
  // no longer shows them, until the next check says.
  const found = useRef({ problems: null, value: null });
  if (found.current.problems !== problems) found.current = { problems, value };
  const current = problems.filter((p) => (!edited || !schemaRules.has(p.rule)) && sameValue(valueAt(found.current.value, p.pointer), valueAt(value, p.pointer)));
  return (
    <Form
      schema={schema}
      uiSchema={mergeUi(ui, choicesUi(name, value, schedule))}
      fields={fields}
      templates={formTemplates}
      widgets={widgets}
      transformErrors={transformErrors}
      formData={value}
      validator={validator}
      liveValidate="onChange"
      showErrorList={false}
      extraErrors={errorTree(current)}
      extraErrorsBlockSubmit={false}
      translateString={translate}
      experimental_defaultFormStateBehavior={defaultFormStateBehavior}
      onChange={({ formData }) => {
        const next = workedOut(name, value, formData, schedule);
        setValue(next);
        setEdited(true);
        onChange(next);
      }}
    />
  );
}

/**
 * Shows `value` of the data file `name` as a form in `container`; `onChange` hears every edit, as
 * the file's value with the edits made (form-value.ts: the defaults the form fills in are no edit).
 * Returns a handle to show new server problems or take the form away.
 */
export function openDataForm(container, { name, schema, value, problems, schedule, defaultAttendeeKinds, onChange }) {
  const validator = createPrecompiledValidator(validators[name], schema);
  const ui = { ...formUiSchema(schema), ...uiSchema };
  const opened = openedValue(validator, schema, value);
  const choices = scheduleChoices(schedule, defaultAttendeeKinds ?? []);
  const root = createRoot(container);
  const render = (serverProblems) =>
    root.render(<DataForm key={name} name={name} schema={schema} ui={ui} validator={validator} initial={opened} problems={serverProblems} schedule={choices} onChange={(formData) => onChange(fileValue(value, opened, formData))} />);
  render(problems);
  return { showProblems: render, close: () => root.unmount() };
}

export { openTextEditor } from './text-editor.js';
export { sameValue } from './form-value';
