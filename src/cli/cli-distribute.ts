import readline from 'node:readline';
import { Writable } from 'node:stream';
import { ExitCode, UsageError } from '../problems/diagnostics';
import { formatProblem } from '../messages/catalogue';
import type { SmtpOptions } from '../distribute/smtp-sender';
import { smtpPasswordVariable, type CliOptions, type Lang } from './cli-options';
import { distributeText } from '../distribute/distribute-messages';
import { languageOf } from './command-language';
import type { Outcome } from '../distribute/send-batch';

/** The packet handed out: drafts written, then (with --send) every message not yet sent, sent and recorded. A CLI edge: console, clock, environment, network. */
export async function runDistribute(options: CliOptions & { readonly templatesDir: string; readonly templatesCodeFile?: string }): Promise<ExitCode> {
  const lang = languageOf(options.lang);
  const text = distributeText[lang];
  const { prepareMessages, writeDrafts } = await import('../distribute/distribute');
  const { messages, warnings } = await prepareMessages({ ...options, sending: options.send === true });
  for (const warning of warnings) console.error(formatProblem(warning, lang));

  if (options.drafts !== undefined) {
    const files = await writeDrafts(options.drafts, messages, new Date());
    messages.forEach((message, i) => {
      console.log(text.draft(files[i]));
      console.log(text.to(message.to));
      console.log(text.cc(message.cc));
      console.log(text.subject(message.subject));
      for (const a of message.attachments) console.log(text.attachment(a.fileName, a.bytes.byteLength));
    });
    console.log(text.drafted(files.length, options.drafts));
  }
  if (!options.send || !options.smtp) return ExitCode.ok;

  const smtp = options.smtp;
  const password = await passwordFor(smtp, lang);
  if (smtp.user !== undefined && password === undefined) {
    console.error(text.passwordNeeded(smtpPasswordVariable));
    return ExitCode.usageError;
  }
  const [{ openLedger, ledgerPathFor }, { sendBatch }, { connectSmtp, SmtpConnectError }, { mimeMessage }] = await Promise.all([
    import('../distribute/ledger'),
    import('../distribute/send-batch'),
    import('../distribute/smtp-sender'),
    import('../distribute/mime-message'),
  ]);
  const ledger = await openLedger(ledgerPathFor(options.outDir));
  let outcomes: Map<string, Outcome>;
  try {
    outcomes = await sendBatch({
      messages,
      ledger,
      connect: () => connectSmtp({ ...smtp, ...(password !== undefined ? { password } : {}) }),
      compose: (message) => mimeMessage(message, { date: new Date(), draft: false }),
      resendUncertain: options.resendUncertain === true,
      now: () => new Date(),
      onOutcome: (message, outcome) => {
        (outcome.kind === 'sent' || outcome.kind === 'sent-before' ? console.log : console.error)(text.outcome(message.label, outcome));
        if (outcome.kind === 'sent') for (const r of outcome.reply.rejected) console.error(text.refusedAddress(r.address, r.response));
      },
    });
  } catch (error) {
    if (!(error instanceof SmtpConnectError)) throw error;
    console.error(error.kind === 'auth' ? text.authFailed(error.message) : text.connectFailed(error.message));
    return ExitCode.notAllSent;
  } finally {
    await ledger.close();
  }
  const counts = { sent: 0, 'sent-before': 0, 'held-uncertain': 0, refused: 0, lost: 0, 'not-tried': 0 };
  let partly = false;
  for (const outcome of outcomes.values()) {
    counts[outcome.kind] += 1;
    if (outcome.kind === 'sent' && outcome.reply.rejected.length > 0) partly = true;
  }
  const done = counts.sent + counts['sent-before'] === messages.length && !partly;
  (done ? console.log : console.error)(text.summary(counts, ledger.file));
  return done ? ExitCode.ok : ExitCode.notAllSent;
}

/** The studio's mail server with its password, asked for as the studio starts; undefined when it was given none. */
export async function studioSmtp(options: CliOptions): Promise<SmtpOptions | undefined> {
  if (!options.smtp) return undefined;
  const password = await passwordFor(options.smtp, languageOf(options.lang));
  if (options.smtp.user !== undefined && password === undefined) throw new UsageError({ ja: distributeText.ja.passwordNeeded(smtpPasswordVariable), en: distributeText.en.passwordNeeded(smtpPasswordVariable) });
  return { ...options.smtp, ...(password !== undefined ? { password } : {}) };
}

/** From the environment, else typed at the terminal; none needed without a user. */
async function passwordFor(smtp: NonNullable<CliOptions['smtp']>, lang: Lang): Promise<string | undefined> {
  if (smtp.user === undefined) return undefined;
  return process.env[smtpPasswordVariable] ?? (await askPassword(distributeText[lang].passwordPrompt(smtp.user, smtp.host)));
}

/** The password typed at a terminal, not echoed; undefined where there is no terminal to ask at. */
async function askPassword(prompt: string): Promise<string | undefined> {
  if (!process.stdin.isTTY) return undefined;
  let muted = false;
  const output = new Writable({
    write(chunk: Buffer, _encoding, done) {
      if (!muted) process.stderr.write(chunk);
      done();
    },
  });
  const rl = readline.createInterface({ input: process.stdin, output, terminal: true });
  const answer = new Promise<string>((resolve) => rl.question(prompt, resolve));
  muted = true;
  const password = await answer.finally(() => rl.close());
  process.stderr.write('\n');
  return password;
}
