/** Line-start and line-end rules as the release promises them (docs/documents.md, "The press release PDF"). */
const mayNotStartLine = new Set([...'、。，．）」』】〕・ーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ：；！？']);
const mayNotEndLine = new Set([...'（「『【〔']);

export function kinsokuViolations(lines: readonly { readonly text: string }[]): string[] {
  return lines.flatMap((line) => {
    const chars = [...line.text.trim()];
    const problems: string[] = [];
    if (mayNotStartLine.has(chars[0])) problems.push(`starts with ${chars[0]}: ${line.text}`);
    if (mayNotEndLine.has(chars[chars.length - 1])) problems.push(`ends with ${chars[chars.length - 1]}: ${line.text}`);
    return problems;
  });
}

/** A protected string split over two consecutive lines (北九州| 市). */
export function splits(lines: readonly { readonly text: string }[], protectedTexts: readonly string[]): string[] {
  const found: string[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const end = lines[i].text.trimEnd();
    const start = lines[i + 1].text.trimStart();
    for (const text of protectedTexts) {
      for (let k = 1; k < text.length; k++) {
        if (end.endsWith(text.slice(0, k)) && start.startsWith(text.slice(k))) found.push(`${text}: "${end.slice(-k)}" | "${start.slice(0, text.length - k)}"`);
      }
    }
  }
  return found;
}
