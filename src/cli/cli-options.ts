import { parseArgs } from 'node:util';
import { UsageError } from '../problems/diagnostics';
import { defaultDataDir, defaultOutDir, editionOutDir } from '../runtime/paths';
import { wordFontSets, type WordFontSet } from '../writers/word-fonts';
import type { SmtpSecurity } from '../distribute/smtp-sender';
import type { Lang } from '../messages/catalogue';

export const commands = ['build', 'validate', 'studio', 'new-edition', 'import-registrations', 'distribute'] as const;
export type Command = (typeof commands)[number];

export interface CliOptions {
  readonly command: Command;
  readonly dataDir: string;
  readonly outDir: string;
  readonly registrationsFile?: string;
  readonly templatesDir?: string;
  readonly only?: readonly string[];
  readonly threads?: number;
  readonly fallbackFont?: string;
  readonly wordFonts?: WordFontSet;
  /** No progress line on a long build. */
  readonly quiet: boolean;
  /** The studio's port; 0 takes the one it had last time for the edition, or a free one. */
  readonly port: number;
  /** No --out: each edition's packet goes to output/<edition> (the studio's too, when it switches). */
  readonly outDirPerEdition?: boolean;
  /** studio: leave the browser closed. */
  readonly noOpen?: boolean;
  /** new-edition: the edition copied, and the new folder. */
  readonly from?: string;
  readonly to?: string;
  /** import-registrations: the sign-up lists, the sheet of a workbook, the --map file, and how to merge. */
  readonly files?: readonly string[];
  readonly sheet?: string;
  readonly mapFile?: string;
  /** import-registrations --set: FIELD → the value for every row of a list without a column for it. */
  readonly values?: Readonly<Record<string, string>>;
  readonly dryRun?: boolean;
  readonly update?: boolean;
  /** distribute: where the .eml drafts go, whether to send, and how. */
  readonly drafts?: string;
  readonly send?: boolean;
  readonly resendUncertain?: boolean;
  readonly smtp?: { readonly host: string; readonly port: number; readonly security: SmtpSecurity; readonly user?: string };
  readonly help: boolean;
  /** The language of the messages; absent: the system's (systemLang). */
  readonly lang?: Lang;
}

export type { Lang };

/**
 * The language of the system's messages: LC_ALL, LC_MESSAGES, LANG as POSIX orders them; where none
 * is set (Windows, or a Mac app's environment), the user's locale as Intl reports it. Japanese when
 * it names ja, English otherwise. Pure: the CLI passes in its environment.
 */
export function systemLang(env: Readonly<Record<string, string | undefined>>, intlLocale: string): Lang {
  const posix = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '');
  const locale = posix === undefined || /^(C|POSIX)([.@]|$)/.test(posix) ? intlLocale : posix;
  return /^ja([_.@-]|$)/i.test(locale) ? 'ja' : 'en';
}

interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly value: string;
  readonly help: string;
  /** The commands that take it; all when absent. */
  readonly commands?: readonly Command[];
  /** Given more than once, each time adds one. */
  readonly multiple?: boolean;
}

/** The SMTP password comes from here or from a prompt, never from the command line or a data file. */
export const smtpPasswordVariable = 'PRESSKIT_SMTP_PASSWORD';

/** Declared once: the parser and the --help text both read this table. */
export const optionTable = {
  data: { type: 'string', value: 'DIR', help: `edition folder to read (default: ${defaultDataDir})` },
  out: { type: 'string', value: 'DIR', help: `folder that receives the packet, replaced whole on success (default: ${defaultOutDir}/<the edition folder's name>, so each edition keeps its own)` },
  only: { type: 'string', value: 'LIST', help: 'build only these documents, comma-separated (e.g. pdf,docx); the packet then holds only them', commands: ['build', 'validate'] },
  templates: { type: 'string', value: 'DIR', help: 'wording templates to use (default: the toolkit\'s templates/)' },
  registrations: { type: 'string', value: 'FILE', help: 'read registrations from FILE instead of DIR/registrations.json' },
  'fallback-font': { type: 'string', value: 'FILE', help: 'a .ttf/.otf font for characters the Japanese fonts lack (e.g. emoji) in the PDF' },
  'word-fonts': { type: 'string', value: 'yu|ms', help: 'fonts the Word briefs name: yu (游明朝/游ゴシック, Word 2016+; default) or ms (ＭＳ 明朝/ＭＳ ゴシック)' },
  threads: { type: 'string', value: 'N', help: 'threads the build uses, this one included: the release drawn on one, the briefs on the rest (default: number of CPU cores, at most 4)' },
  quiet: { type: 'boolean', value: '', help: 'build: no progress line on a long build (shown only on a terminal, after 2 s)', commands: ['build'] },
  port: { type: 'string', value: 'N', help: 'studio: the local port to serve the page on (default: the one the edition had last time if free, else a free one)', commands: ['studio'] },
  'no-open': { type: 'boolean', value: '', help: 'studio: do not open the page in the default browser (it is not opened in CI or without a display either)', commands: ['studio'] },
  from: { type: 'string', value: 'DIR', help: 'new-edition: the edition to start from', commands: ['new-edition'] },
  to: { type: 'string', value: 'DIR', help: 'new-edition: the new edition\'s folder (must not exist)', commands: ['new-edition'] },
  sheet: { type: 'string', value: 'NAME', help: 'import-registrations: the sheet of an .xlsx file to read (default: the first)', commands: ['import-registrations'] },
  map: { type: 'string', value: 'FILE', help: 'import-registrations: a JSON file naming the field of each heading it does not know ({"ご芳名": "name", "備考": null})', commands: ['import-registrations'] },
  set: { type: 'string', value: 'FIELD=VALUE', help: 'import-registrations: the value of FIELD for every row of a list that has no column for it, e.g. --set kind=報道 (may be given more than once)', commands: ['import-registrations'], multiple: true },
  'dry-run': { type: 'boolean', value: '', help: 'import-registrations: show what would change and write nothing', commands: ['import-registrations'] },
  update: { type: 'boolean', value: '', help: 'import-registrations: take the values of a row that differs from its registration (default: report it and leave it)', commands: ['import-registrations'] },
  drafts: { type: 'string', value: 'DIR', help: 'distribute: write one .eml per message into DIR, to open in a mail program', commands: ['distribute'] },
  send: { type: 'boolean', value: '', help: 'distribute: send the messages not yet sent through SMTP, each recorded in the ledger beside --out', commands: ['distribute'] },
  'resend-uncertain': { type: 'boolean', value: '', help: 'distribute: also send again the messages the ledger marks uncertain (check first that they did not arrive)', commands: ['distribute'] },
  'smtp-host': { type: 'string', value: 'HOST', help: 'distribute, studio: the mail server to send through', commands: ['distribute', 'studio'] },
  'smtp-port': { type: 'string', value: 'N', help: 'distribute, studio: its port (default: 587 for starttls, 465 for tls)', commands: ['distribute', 'studio'] },
  'smtp-security': { type: 'string', value: 'MODE', help: 'distribute, studio: starttls (default), tls, or none (only for a server on this machine)', commands: ['distribute', 'studio'] },
  'smtp-user': { type: 'string', value: 'NAME', help: `distribute, studio: the login; the password is read from ${smtpPasswordVariable} or asked for`, commands: ['distribute', 'studio'] },
  lang: { type: 'string', value: 'ja|en', help: 'the language of the messages (default: the system\'s, from LC_ALL, LC_MESSAGES or LANG, else the user\'s locale)' },
  help: { type: 'boolean', value: '', help: 'show this help' },
} as const satisfies Record<string, OptionSpec>;

export function usage(commandName: string): string {
  const lines = Object.entries(optionTable).map(([name, o]) => `  --${`${name} ${o.value}`.padEnd(20)} ${o.help}`);
  return [
    `usage: ${commandName} build|validate|studio|new-edition|import-registrations|distribute [options]`,
    '',
    '  build      check the data and make the packet in the output folder',
    '  validate   only check the data; writes nothing',
    '  studio     a local page that shows the packet and its problems, rebuilt on every save',
    '  new-edition --from DIR --to DIR   start a new edition from an old one',
    '  import-registrations FILE…        add the sign-ups of CSV, TSV or .xlsx files to DIR/registrations.json',
    '  distribute --drafts DIR | --send  hand out the packet: one message per recipient of DIR/recipients.json',
    '',
    'options:',
    ...lines,
  ].join('\n');
}

/** Pure: argv in, options out; throws UsageError with a message the CLI prints as is. */
export function parseCliArgs(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: Object.fromEntries(Object.entries(optionTable).map(([name, o]: [string, OptionSpec]) => [name, { type: o.type, multiple: o.multiple === true }])),
    });
  } catch (error) {
    const reason = (error as Error).message.replace(/\. To specify a positional argument.*$/s, '');
    throw new UsageError({ ja: `オプションの指定に誤りがあります：${reason}`, en: reason });
  }
  const values = parsed.values as Partial<Record<keyof typeof optionTable, string | boolean>> & { set?: string[] };
  const [command, ...rest] = parsed.positionals;
  const files = command === 'import-registrations' ? rest : [];
  const extra = command === 'import-registrations' ? [] : rest;
  if (values.help) return { command: 'build', dataDir: defaultDataDir, outDir: defaultOutDir, quiet: false, port: 0, help: true };
  if (!isCommand(command)) throw new UsageError(command ? { ja: `「${command}」というコマンドはありません（${commands.join('、')} のどれかです）`, en: `unknown command "${command}" (use ${commands.join(', ')})` } : { ja: `コマンドを指定してください（${commands.join('、')}）`, en: `missing command (${commands.join(', ')})` });
  if (extra.length > 0) throw new UsageError({ ja: `「${extra[0]}」は余分です（オプションは -- で始めます）`, en: `unexpected argument "${extra[0]}"` });
  for (const [name, spec] of Object.entries(optionTable) as [string, OptionSpec][]) {
    if (name in values && spec.commands && !spec.commands.includes(command)) throw new UsageError({ ja: `--${name} は ${spec.commands.join('・')} のオプションで、${command} には使えません`, en: `--${name} is for ${spec.commands.join(' and ')}, not ${command}` });
  }
  const only = typeof values.only === 'string' ? values.only.split(',').map((s) => s.trim()).filter(Boolean) : undefined;
  if (only && only.length === 0) throw new UsageError({ ja: '--only には資料の名前を一つ以上書いてください', en: '--only needs at least one document name' });
  let threads: number | undefined;
  if (typeof values.threads === 'string') {
    threads = Number(values.threads);
    if (!Number.isInteger(threads) || threads < 1 || threads > 64) throw new UsageError({ ja: `--threads は 1 から 64 までの整数です（「${values.threads}」が指定されました）`, en: `--threads must be a whole number from 1 to 64, got "${values.threads}"` });
  }
  if (command === 'new-edition' && (typeof values.from !== 'string' || typeof values.to !== 'string')) throw new UsageError({ ja: 'new-edition には --from（元のエディションのフォルダー）と --to（新しいフォルダー）が必要です', en: 'new-edition needs --from DIR and --to DIR' });
  if (command === 'import-registrations' && files.length === 0) throw new UsageError({ ja: '取り込むファイルを指定してください（例：import-registrations 申込.csv）', en: 'import-registrations needs the files to import: import-registrations signups.csv …' });
  const set = (values.set ?? []).map((pair) => /^([^=]+)=(.*)$/s.exec(pair) ?? pair);
  const badSet = set.find((pair) => typeof pair === 'string');
  if (badSet !== undefined) throw new UsageError({ ja: `--set は 項目=値 の形で書きます（例：--set kind=報道）。「${String(badSet)}」が指定されました`, en: `--set takes FIELD=VALUE (e.g. --set kind=報道), got "${String(badSet)}"` });
  let port = 0;
  if (typeof values.port === 'string') {
    port = Number(values.port);
    if (!Number.isInteger(port) || port < 1 || port > 65535) throw new UsageError({ ja: `--port は 1 から 65535 までの整数です（「${values.port}」が指定されました）`, en: `--port must be a whole number from 1 to 65535, got "${values.port}"` });
  }
  const smtp = command === 'distribute' || command === 'studio' ? smtpOptions(command, values) : undefined;
  const lang = values.lang;
  if (lang !== undefined && lang !== 'ja' && lang !== 'en') throw new UsageError({ ja: `--lang は ja か en です（「${String(lang)}」が指定されました）`, en: `--lang must be ja or en, got "${String(lang)}"` });
  const wordFonts = values['word-fonts'];
  if (wordFonts !== undefined && !(typeof wordFonts === 'string' && wordFonts in wordFontSets)) {
    throw new UsageError({ ja: `--word-fonts は ${Object.keys(wordFontSets).join('・')} のどれかです（「${String(wordFonts)}」が指定されました）`, en: `--word-fonts must be ${Object.keys(wordFontSets).join(' or ')}, got "${String(wordFonts)}"` });
  }
  return {
    command,
    dataDir: typeof values.data === 'string' ? values.data : defaultDataDir,
    outDir: typeof values.out === 'string' ? values.out : editionOutDir(typeof values.data === 'string' ? values.data : defaultDataDir),
    ...(typeof values.out === 'string' ? {} : { outDirPerEdition: true }),
    ...(typeof values.registrations === 'string' ? { registrationsFile: values.registrations } : {}),
    ...(typeof values.templates === 'string' ? { templatesDir: values.templates } : {}),
    ...(only ? { only } : {}),
    ...(threads ? { threads } : {}),
    ...(typeof values['fallback-font'] === 'string' ? { fallbackFont: values['fallback-font'] } : {}),
    ...(wordFonts ? { wordFonts: wordFonts as WordFontSet } : {}),
    quiet: values.quiet === true,
    port,
    ...(values['no-open'] === true ? { noOpen: true } : {}),
    ...(typeof values.from === 'string' ? { from: values.from } : {}),
    ...(typeof values.to === 'string' ? { to: values.to } : {}),
    ...(command === 'import-registrations' ? { files, dryRun: values['dry-run'] === true, update: values.update === true } : {}),
    ...(typeof values.sheet === 'string' ? { sheet: values.sheet } : {}),
    ...(typeof values.map === 'string' ? { mapFile: values.map } : {}),
    ...(command === 'distribute' ? { send: values.send === true, resendUncertain: values['resend-uncertain'] === true } : {}),
    ...(typeof values.drafts === 'string' ? { drafts: values.drafts } : {}),
    ...(smtp ? { smtp } : {}),
    ...(set.length > 0 ? { values: Object.fromEntries(set.map((pair) => [(pair as RegExpExecArray)[1].trim(), (pair as RegExpExecArray)[2]])) } : {}),
    ...(lang ? { lang } : {}),
    help: false,
  };
}

const smtpSecurities: readonly SmtpSecurity[] = ['starttls', 'tls', 'none'];
const loopbackHosts = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

/** The SMTP settings of distribute (or the studio's 送付 tab), checked; undefined when nothing is to be sent. */
function smtpOptions(command: 'distribute' | 'studio', values: Partial<Record<keyof typeof optionTable, string | boolean>>): CliOptions['smtp'] {
  const sending = command === 'distribute' ? values.send === true : 'smtp-host' in values;
  if (!sending) {
    if (command === 'distribute' && typeof values.drafts !== 'string') throw new UsageError({ ja: 'distribute には --drafts（下書きを書くフォルダー）か --send（送信）、または両方が必要です', en: 'distribute needs --drafts DIR (write the messages) or --send (send them), or both' });
    const stray = (['resend-uncertain', 'smtp-host', 'smtp-port', 'smtp-security', 'smtp-user'] as const).find((name) => name in values);
    if (stray) throw new UsageError({ ja: `--${stray} は送信のためのオプションです：${command === 'distribute' ? '--send' : '--smtp-host（メールサーバー）'} も指定してください`, en: `--${stray} is for sending: add ${command === 'distribute' ? '--send' : '--smtp-host HOST'}` });
    return undefined;
  }
  const host = values['smtp-host'];
  if (typeof host !== 'string' || host === '') throw new UsageError({ ja: '--send には --smtp-host（メールサーバー）が必要です', en: '--send needs --smtp-host HOST (the mail server)' });
  const security = (values['smtp-security'] ?? 'starttls') as SmtpSecurity;
  if (!smtpSecurities.includes(security)) throw new UsageError({ ja: `--smtp-security は ${smtpSecurities.join('・')} のどれかです（「${String(security)}」が指定されました）`, en: `--smtp-security must be ${smtpSecurities.join(', ')}, got "${String(security)}"` });
  if (security === 'none' && !loopbackHosts.has(host)) throw new UsageError({ ja: `--smtp-security none ではパスワードもメールも暗号化されずに送られるため、このコンピューターのサーバーにしか使えません（${host} には使えません）。starttls か tls にしてください`, en: `--smtp-security none sends the password and the messages unencrypted: it is for a server on this machine only, not ${host}; use starttls or tls` });
  const port = values['smtp-port'] === undefined ? (security === 'tls' ? 465 : security === 'starttls' ? 587 : 25) : Number(values['smtp-port']);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new UsageError({ ja: `--smtp-port は 1 から 65535 までの整数です（「${String(values['smtp-port'])}」が指定されました）`, en: `--smtp-port must be a whole number from 1 to 65535, got "${String(values['smtp-port'])}"` });
  const user = values['smtp-user'];
  return { host, port, security, ...(typeof user === 'string' ? { user } : {}) };
}

function isCommand(name: string | undefined): name is Command {
  return (commands as readonly (string | undefined)[]).includes(name);
}
