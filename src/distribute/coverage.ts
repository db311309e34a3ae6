import type { Diagnostic } from '../problems/diagnostics';
import { parseJsonSource } from '../checks/json-source';
import type { Edition } from '../model/edition';
import type { Recipients } from '../model/recipients';

/**
 * Host municipalities with a brief and no entry in recipients.json. While the edition is only being
 * prepared (drafts, validate) that is a warning; sending leaves nobody out, so there it is an error.
 */
export function missingRecipients(edition: Edition, recipients: Recipients, sending: boolean): Diagnostic[] {
  const covered = new Set(recipients.municipalities.map((m) => m.municipality.code));
  const missing = edition.municipalities.filter((m) => !covered.has(m.code));
  if (missing.length === 0) return [];
  const text = edition.sources.find((s) => s.file === recipients.file)?.text;
  const parsed = text === undefined ? undefined : parseJsonSource(recipients.file, text);
  const at = parsed?.ok ? parsed.source.keyAt('/municipalities') : { line: 0, column: 0 };
  return missing.map((m) => ({
    file: recipients.file,
    ...at,
    rule: 'missing-recipient',
    message: `/municipalities has no entry for ${m.fullName}, whose brief would then not be sent`,
    hint: `add { "municipality": "${m.fullName}", "department": …, "addresses": […] }`,
    params: { name: m.fullName },
    ...(sending ? {} : { severity: 'warning' as const }),
  }));
}
