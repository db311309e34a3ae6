/** Round brackets, full- and half-width: Japanese official writing never puts one pair inside another. */
const opening = new Set(['（', '(']);
const closing = new Set(['）', ')']);

/** Each stretch （…（…）…） of a text: from the outer opening bracket to its close (or the text's end). */
export function nestedBrackets(text: string): string[] {
  const found: string[] = [];
  let depth = 0;
  let outer = 0;
  let nested = false;
  Array.from(text).forEach((char, i, chars) => {
    if (opening.has(char)) {
      if (depth === 0) {
        outer = i;
        nested = false;
      } else nested = true;
      depth++;
    } else if (closing.has(char) && depth > 0) {
      depth--;
      if (depth === 0 && nested) found.push(chars.slice(outer, i + 1).join(''));
    }
    if (i === chars.length - 1 && depth > 0 && nested) found.push(chars.slice(outer).join(''));
  });
  return found;
}
