/** Names Windows refuses whatever the extension (CON.docx is as bad as CON). */
const windowsReserved = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\.|$)/i;
const forbidden = /[<>:"/\\|?*\u0000-\u001F\u007F]/;

/** Why a name cannot be a file name on Windows, macOS and Linux alike; undefined when it can. */
export function fileNameProblem(name: string): string | undefined {
  if (name.length === 0) return 'is empty';
  if (forbidden.test(name)) return 'contains a character not allowed in file names (< > : " / \\ | ? * or a control character)';
  if (name === '.' || name === '..' || name.includes('..')) return 'contains ".."';
  if (windowsReserved.test(name)) return 'is a name Windows reserves for devices';
  if (/[. ]$/.test(name) || /^[ ]/.test(name)) return 'starts or ends with a space or a dot';
  if (Buffer.byteLength(name, 'utf8') > 200) return 'is too long for a file name';
  return undefined;
}
