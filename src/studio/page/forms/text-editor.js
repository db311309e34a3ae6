// A template (or a data file that is not JSON just now) as text, in CodeMirror 6, with the
// studio's problems marked at their line and column.
import { EditorView, basicSetup } from 'codemirror';
import { setDiagnostics } from '@codemirror/lint';

/** The position of a 1-based line and column in the document, kept inside it. */
function offsetOf(doc, line, column) {
  const at = doc.line(Math.min(Math.max(line, 1), doc.lines));
  return Math.min(at.from + Math.max(column - 1, 0), at.to);
}

export function openTextEditor(container, { text, label, problems, onChange }) {
  const view = new EditorView({
    doc: text,
    parent: container,
    extensions: [
      basicSetup,
      EditorView.lineWrapping,
      EditorView.contentAttributes.of({ 'aria-label': label }),
      EditorView.updateListener.of((update) => {
        if (update.docChanged) onChange(update.state.doc.toString());
      }),
    ],
  });
  const showProblems = (list) => {
    const doc = view.state.doc;
    const marks = list.map((p) => {
      const from = p.line > 0 ? offsetOf(doc, p.line, p.column) : 0;
      return { from, to: Math.min(from + 1, doc.length), severity: 'error', message: p.text };
    });
    view.dispatch(setDiagnostics(view.state, marks));
  };
  showProblems(problems);
  /** Puts the cursor at a problem's line and column, in view, and the focus in the editor. */
  const goTo = (line, column) => {
    const at = line > 0 ? offsetOf(view.state.doc, line, column) : 0;
    view.dispatch({ selection: { anchor: at }, scrollIntoView: true });
    view.focus();
  };
  /** Puts `text` in place of the selection (a block's cursor inside it, before its closing tag), the focus in the editor. */
  const insert = (text) => {
    const { from, to } = view.state.selection.main;
    const inside = text.lastIndexOf('{{/');
    view.dispatch({ changes: { from, to, insert: text }, selection: { anchor: from + (inside > 0 ? inside : text.length) }, scrollIntoView: true });
    view.focus();
  };
  return { showProblems, goTo, insert, close: () => view.destroy() };
}
