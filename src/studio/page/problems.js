// Problems as the command prints them (in Japanese), grouped by file, each under its source line with
// a mark at the column; choosing one opens it where staff fix it (the form's field, or the line).

/** Characters of a long source line shown before the marked column. */
const shownBeforeColumn = 24;

/** @param {Element} container @param {any[]} problems @param {(problem: any) => void} [onChoose] */
export function showProblems(container, problems, onChoose) {
  const groups = new Map();
  for (const problem of problems) {
    if (!groups.has(problem.file)) groups.set(problem.file, []);
    groups.get(problem.file).push(problem);
  }
  const sections = [...groups].map(([file, list]) => {
    const section = element('section', { className: 'file-group' });
    section.append(element('h3', { textContent: `${list[0].fileLabel ?? file}：${list.length}件` }));
    const items = element('ol');
    for (const problem of list) items.append(problemItem(problem, onChoose));
    section.append(items);
    return section;
  });
  container.replaceChildren(...sections);
}

function problemItem(problem, onChoose) {
  const item = element('li', { className: 'problem' });
  const place = problem.cell ? `${problem.file}: ${problem.cell}` : problem.line > 0 ? `${problem.file}:${problem.line}:${problem.column}` : problem.file;
  const text = element('p', { className: 'text' });
  // The whole line is the command's own wording; its place opens the file in VS Code.
  const link = element('a', { href: problem.editorLink, textContent: place, title: 'VS Code で開く' });
  text.append(link, problem.text.slice(place.length));
  item.append(text);
  if (onChoose && problem.line > 0) {
    const fix = element('button', { type: 'button', className: 'fix', textContent: problem.pointer !== undefined ? 'フォームのこの欄を開く' : 'この行を開く' });
    fix.addEventListener('click', () => onChoose(problem));
    item.append(fix);
  }
  if (problem.sourceLine !== null) {
    const source = element('pre', { className: 'source' });
    const gutter = `${problem.line} | `;
    // A long line is shown from a little before the column, so the mark is always in view.
    const skip = Math.max(0, problem.column - 1 - shownBeforeColumn);
    const line = skip > 0 ? `…${problem.sourceLine.slice(skip)}` : problem.sourceLine;
    const prefix = line.slice(0, problem.column - 1 - skip + (skip > 0 ? 1 : 0));
    source.append(
      element('span', { className: 'gutter', textContent: gutter }),
      line,
      '\n',
      element('span', { className: 'gutter', textContent: `${' '.repeat(gutter.length - 2)}| ` }),
      // The caret sits under the column whatever the widths before it: the same text, invisible.
      element('span', { className: 'pad', textContent: prefix }),
      element('span', { className: 'caret', textContent: '^' }),
    );
    item.append(source);
  }
  return item;
}

/** @template {keyof HTMLElementTagNameMap} K @param {K} tag @param {object} [properties] */
export function element(tag, properties = {}) {
  return Object.assign(document.createElement(tag), properties);
}
