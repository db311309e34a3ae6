// The parts of react-jsonschema-form the studio draws its own way: a date with the reading the
// documents print, item buttons named for their item, and no description where the uiSchema
// (form-ui.ts) leaves one out.
import { useLayoutEffect } from 'react';
import { getDefaultRegistry } from '@rjsf/core';
import { ariaDescribedByIds, getUiOptions } from '@rjsf/utils';
import { wareki } from '../../../calendar/japanese-date';
import { hideDescription, itemLabel } from './form-ui';

const defaults = getDefaultRegistry().templates;

/** 平成29年10月13日（金） for a YYYY-MM-DD value, or nothing while it is not a date the documents can write. */
function reading(value) {
  try {
    return value ? wareki(value) : '';
  } catch {
    return '';
  }
}

/**
 * A date input shows its date in the browser's own format (10/13/2017 in an English Chromium), its
 * value stays YYYY-MM-DD; beneath it, the date in 和暦 with its weekday, as the documents print it.
 */
function DateWidget({ id, htmlName, value, required, disabled, readonly, autofocus, onChange, onBlur, onFocus }) {
  const readingId = `${id}__reading`;
  const text = reading(value);
  return (
    <>
      <input
        type="date"
        lang="ja"
        id={id}
        name={htmlName || id}
        className="form-control"
        value={value ?? ''}
        required={required}
        disabled={disabled}
        readOnly={readonly}
        autoFocus={autofocus}
        onChange={(event) => onChange(event.target.value || undefined)}
        onBlur={(event) => onBlur(id, event.target.value)}
        onFocus={(event) => onFocus(id, event.target.value)}
        aria-describedby={`${ariaDescribedByIds(id)} ${readingId}`}
      />
      <p id={readingId} className="date-reading">{text && `和暦：${text}`}</p>
    </>
  );
}

function DescriptionFieldTemplate(props) {
  return getUiOptions(props.uiSchema)[hideDescription] ? null : <defaults.DescriptionFieldTemplate {...props} />;
}

/** A button of an array item, named for the item it acts on (表題の行 2 を削除), where its uiSchema labels it. */
function named(Button, action) {
  return function NamedButton(props) {
    const { title } = getUiOptions(props.uiSchema);
    return <Button {...props} {...(title ? { 'aria-label': `${title} を${action}` } : {})} />;
  };
}

/** The add button of an array says what it adds (＋ 表題の行を追加). */
function AddButton(props) {
  const label = getUiOptions(props.uiSchema)[itemLabel];
  if (!label) return <defaults.ButtonTemplates.AddButton {...props} />;
  return (
    <p className={`add-item ${props.className}`}>
      <button type="button" id={props.id} className="btn btn-add" onClick={props.onClick} disabled={props.disabled}>
        ＋ {label}を追加
      </button>
    </p>
  );
}

/**
 * A field with a problem is marked invalid for assistive technology (its message is already tied to
 * it by aria-describedby): RJSF's inputs do not say so themselves, and each widget draws its own.
 */
function FieldTemplate(props) {
  const invalid = (props.rawErrors ?? []).length > 0;
  useLayoutEffect(() => {
    const input = document.getElementById(props.id);
    if (!input || !/^(INPUT|SELECT|TEXTAREA)$/.test(input.tagName)) return;
    if (invalid) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
  });
  return <defaults.FieldTemplate {...props} />;
}

export const formTemplates = {
  FieldTemplate,
  DescriptionFieldTemplate,
  ButtonTemplates: {
    ...defaults.ButtonTemplates,
    AddButton,
    MoveUpButton: named(defaults.ButtonTemplates.MoveUpButton, '上へ移動'),
    MoveDownButton: named(defaults.ButtonTemplates.MoveDownButton, '下へ移動'),
    RemoveButton: named(defaults.ButtonTemplates.RemoveButton, '削除'),
  },
};

export const formWidgets = { DateWidget };
