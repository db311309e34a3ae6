import type { Diagnostic } from '../problems/diagnostics';
import { parseJsonSource } from '../checks/json-source';
import { closestName } from '../checks/closest-name';
import type { Edition, Recipients } from '../model/edition';

/**
 * recipients.json against the hosts of projects.json: a host with a brief and no entry, and an entry
 * naming no host. While the edition is only being prepared (drafts, validate) these are warnings:
 * they change no document; sending leaves nobody out and sends nothing astray, so there they are errors.
 */
export function recipientCoverage(edition: Edition, recipients: Recipients, sending: boolean): Diagnostic[] {
  const covered = new Set(recipients.municipalities.map((m) => m.municipality.code));
  const missing = edition.municipalities.filter((m) => !covered.has(m.code));
  if (missing.length === 0 && recipients.strays.length === 0) return [];
  const text = edition.sources.find((s) => s.file === recipients.file)?.text;
  const parsed = text === undefined ? undefined : parseJsonSource(recipients.file, text);
  const place = (pointer: string, key: boolean) => (parsed?.ok ? (key ? parsed.source.keyAt(pointer) : parsed.source.valueAt(pointer)) : { line: 0, column: 0 });
  const severity = sending ? {} : { severity: 'warning' as const };
  const hosts = edition.municipalities.map((m) => m.fullName);
  return [
    ...missing.map((m) => ({
      file: recipients.file,
      ...place('/municipalities', true),
      rule: 'missing-recipient',
      message: `/municipalities has no entry for ${m.fullName}, whose brief would then not be sent`,
      hint: `add { "municipality": "${m.fullName}", "department": …, "addresses": […] }`,
      params: { name: m.fullName },
      ...severity,
    })),
    ...recipients.strays.map(({ index, name }) => {
      const near = closestName(name, hosts);
      const pointer = `/municipalities/${index}/municipality`;
      return {
        file: recipients.file,
        ...place(pointer, false),
        rule: 'dangling-reference',
        message: `${pointer} names "${name}", which hosts no project in projects.json`,
        hint: near ? `did you mean "${near}"? The prefecture and the city are written as in the brief's file name` : `remove the entry, or correct the name (host municipalities: ${hosts.join(', ')})`,
        pointer,
        params: { noun: 'host', name, ...(near ? { near } : {}), defined: hosts.join('、') },
        ...severity,
      };
    }),
  ];
}
