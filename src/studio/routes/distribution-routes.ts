import type http from 'node:http';
import { InputError } from '../../problems/diagnostics';
import type { SmtpOptions } from '../../distribute/smtp-sender';
import { reply, replyJson } from '../replies';
import { describeProblems } from '../problem-view';
import type { StudioContext } from '../studio-context';
import type { Routes } from './route';
import { refusals } from '../../messages/studio-refusals';

/**
 * The 送付 tab: each message of the hand-out with its state, drafts made beside the packet, and
 * sending (the page names what goes; the server sends only if that is still so).
 */
export const distributionRoutes: Routes = {
  reads: {
    '/api/distribution': async ({ studio, response }) => replyJson(response, 200, await status(studio)),
  },
  writes: {
    '/api/distribution/drafts': async (_body, { studio, response }) => {
      const { writeDrafts } = await import('../../distribute/distribute');
      const { draftsDirFor } = await import('../../distribute/distribution-status');
      const prepared = await prepare(studio, false);
      if ('problems' in prepared) return replyJson(response, 200, prepared);
      await writeDrafts(draftsDirFor(studio.options.outDir), prepared.messages, studio.now());
      replyJson(response, 200, await status(studio));
    },
    '/api/distribution/send': async (body, { studio, response }) => {
      const smtp = studio.options.smtp;
      if (!smtp) return reply(response, 409, refusals.noMailServer);
      if (!(await studio.sendingAlone(() => sendConfirmed(studio, smtp, body.keys, response)))) reply(response, 409, refusals.sending);
    },
  },
};

/** Sends what the page listed and the person confirmed, unless that list changed since; answered once the ledger is closed. */
async function sendConfirmed(studio: StudioContext, smtp: SmtpOptions, confirmed: unknown, response: http.ServerResponse): Promise<void> {
  const prepared = await prepare(studio, true);
  if ('problems' in prepared) return replyJson(response, 200, prepared);
  const [{ openLedger, ledgerPathFor, messageStates }, { sendBatch }, { connectSmtp, SmtpConnectError }, { mimeMessage }, { distributeText }] = await Promise.all([
    import('../../distribute/ledger'),
    import('../../distribute/send-batch'),
    import('../../distribute/smtp-sender'),
    import('../../distribute/mime-message'),
    import('../../distribute/distribute-messages'),
  ]);
  const ledger = await openLedger(ledgerPathFor(studio.options.outDir));
  const lines: string[] = [];
  let changed = false;
  try {
    const states = messageStates(ledger.records);
    const going = prepared.messages.filter((m) => !['sent', 'uncertain'].includes(states.get(m.key)?.state ?? 'unsent')).map((m) => m.key);
    // The person confirmed a list: what goes must be exactly that list, or nothing goes.
    changed = JSON.stringify(going) !== JSON.stringify(confirmed);
    if (!changed) await sendBatch({
      messages: prepared.messages,
      ledger,
      connect: () => connectSmtp(smtp),
      compose: (message) => mimeMessage(message, { date: studio.now(), draft: false }),
      resendUncertain: false,
      now: studio.now,
      onOutcome: (message, outcome) => void lines.push(distributeText.ja.outcome(message.label, outcome)),
    });
  } catch (error) {
    if (!(error instanceof SmtpConnectError)) throw error;
    lines.push(error.kind === 'auth' ? distributeText.ja.authFailed(error.message) : distributeText.ja.connectFailed(error.message));
  } finally {
    await ledger.close();
  }
  if (changed) return reply(response, 409, refusals.sendListChanged);
  studio.log(`distribute: ${lines.length} message(s) reported`);
  replyJson(response, 200, { ...(await status(studio)), report: lines });
}

async function prepare(studio: StudioContext, sending: boolean) {
  const { prepareMessages } = await import('../../distribute/distribute');
  const { dataDir } = studio.session;
  const { templatesDir, registrationsFile, outDir } = studio.options;
  try {
    return await prepareMessages({ dataDir, templatesDir, outDir, sending, ...(registrationsFile ? { registrationsFile } : {}) });
  } catch (error) {
    if (error instanceof InputError) return { problems: describeProblems(error.diagnostics) };
    throw error;
  }
}

/** Every message with its state; or the problems that keep the hand-out from being made (no packet yet, no recipients.json…). */
async function status(studio: StudioContext) {
  const prepared = await prepare(studio, false);
  if ('problems' in prepared) return { ...prepared, canSend: studio.options.smtp !== undefined };
  const [{ distributionStatus, draftsDirFor }, { ledgerPathFor }] = await Promise.all([import('../../distribute/distribution-status'), import('../../distribute/ledger')]);
  const { outDir } = studio.options;
  const ledger = ledgerPathFor(outDir);
  return {
    recipients: await distributionStatus(prepared.messages, draftsDirFor(outDir), ledger),
    warnings: describeProblems(prepared.warnings),
    draftsDir: draftsDirFor(outDir),
    ledger,
    canSend: studio.options.smtp !== undefined,
  };
}
