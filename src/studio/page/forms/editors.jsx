// The page's editors: a data file as a form made from its JSON Schema (react-jsonschema-form), and
// text in CodeMirror (text-editor.js). Bundled by the server
// with esbuild, with the schemas' validators compiled there: the page's CSP allows no eval.
import { createRoot } from 'react-dom/client';
import { useState } from 'react';
import Form, { getDefaultRegistry } from '@rjsf/core';
import { createPrecompiledValidator } from '@rjsf/validator-ajv8';
import { TranslatableString, getTemplate, getUiOptions } from '@rjsf/utils';
import validators from 'studio:validators';
import { isInside, keyRules, missingAlternatives } from '../../../checks/key-alternatives';
import { formTemplates, formWidgets } from './form-parts.jsx';
import { formUiSchema } from './form-ui';
import { defaultFormStateBehavior, fileValue, openedValue } from './form-value';

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
const fields = { AnyOfField: KeyRuleOrChoice };

/** The schema a JSON pointer of an error's schemaPath (#/properties/sessions/items/anyOf) names. */
function schemaAt(schema, path) {
  return path
    .replace(/^#\/?/, '')
    .split('/')
    .filter(Boolean)
    .reduce((node, key) => node?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], schema);
}

/**
 * ajv's errors as they type, with an object that lacks every key of a key rule (a session with
 * neither venue nor online) given as one problem, in the server's words, not one "required" per key.
 */
function keyRuleErrors(schema) {
  return (errors) => {
    const rules = errors.flatMap((error) => {
      const alternatives = error.name === 'anyOf' ? keyRules(schemaAt(schema, error.schemaPath)) : undefined;
      return alternatives ? [{ error, alternatives }] : [];
    });
    return errors
      .filter((error) => !rules.some((rule) => isInside(error, rule.error)))
      .map((error) => {
        const rule = rules.find((r) => r.error === error);
        return rule ? { ...error, message: missingAlternatives(rule.alternatives), stack: `${error.property} ${missingAlternatives(rule.alternatives)}` } : error;
      });
  };
}

/** The server's problems of this file (by JSON pointer) as RJSF's error tree, shown beside each field. */
function errorTree(problems) {
  const tree = {};
  for (const problem of problems) {
    const pointer = /^(\/\S*)/.exec(problem.message)?.[1] ?? '';
    let node = tree;
    for (const key of pointer.split('/').slice(1).map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'))) node = node[key] ??= {};
    (node.__errors ??= []).push(`${problem.message.slice(pointer.length).trim()}${problem.hint ? `（${problem.hint}）` : ''}`);
  }
  return tree;
}

function DataForm({ schema, ui, validator, initial, problems, onChange }) {
  const [value, setValue] = useState(initial);
  const [transformErrors] = useState(() => keyRuleErrors(schema));
  return (
    <Form
      schema={schema}
      uiSchema={ui}
      fields={fields}
      templates={formTemplates}
      widgets={formWidgets}
      transformErrors={transformErrors}
      formData={value}
      validator={validator}
      liveValidate="onChange"
      showErrorList={false}
      extraErrors={errorTree(problems)}
      extraErrorsBlockSubmit={false}
      translateString={translate}
      experimental_defaultFormStateBehavior={defaultFormStateBehavior}
      onChange={({ formData }) => {
        setValue(formData);
        onChange(formData);
      }}
    />
  );
}

/**
 * Shows `value` of the data file `name` as a form in `container`; `onChange` hears every edit, as
 * the file's value with the edits made (form-value.ts: the defaults the form fills in are no edit).
 * Returns a handle to show new server problems or take the form away.
 */
export function openDataForm(container, { name, schema, value, problems, onChange }) {
  const validator = createPrecompiledValidator(validators[name], schema);
  const ui = { ...formUiSchema(schema), ...uiSchema };
  const opened = openedValue(validator, schema, value);
  const root = createRoot(container);
  const render = (serverProblems) =>
    root.render(<DataForm key={name} schema={schema} ui={ui} validator={validator} initial={opened} problems={serverProblems} onChange={(formData) => onChange(fileValue(value, opened, formData))} />);
  render(problems);
  return { showProblems: render, close: () => root.unmount() };
}

export { openTextEditor } from './text-editor.js';
export { sameValue } from './form-value';
