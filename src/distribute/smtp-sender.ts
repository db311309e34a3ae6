import SMTPConnection from 'nodemailer/lib/smtp-connection';
import type { MessageSender, SendReply } from './send-batch';
import { SendFailure } from './send-batch';
import type { PlannedMessage } from './plan-messages';

export type SmtpSecurity = 'starttls' | 'tls' | 'none';

export interface SmtpOptions {
  readonly host: string;
  readonly port: number;
  /** `starttls`: upgrade required (submission, port 587); `tls`: TLS from the start (465); `none`: loopback only. */
  readonly security: SmtpSecurity;
  readonly user?: string;
  readonly password?: string;
}

/** Failing to connect or to log in, before any message went. */
export class SmtpConnectError extends Error {
  constructor(
    readonly kind: 'connect' | 'auth',
    message: string,
  ) {
    super(message);
    this.name = 'SmtpConnectError';
  }
}

interface NodemailerError extends Error {
  readonly code?: string;
  readonly response?: string;
  readonly responseCode?: number;
  readonly rejectedErrors?: readonly NodemailerError[];
  readonly recipient?: string;
}

/** One SMTP connection for the batch: connected and logged in before the first message is recorded as sending. */
export async function connectSmtp(options: SmtpOptions): Promise<MessageSender> {
  const connection = new SMTPConnection({
    host: options.host,
    port: options.port,
    secure: options.security === 'tls',
    requireTLS: options.security === 'starttls',
    ignoreTLS: options.security === 'none',
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 120_000,
  });
  let lost: NodemailerError | undefined;
  connection.on('error', (error: NodemailerError) => void (lost ??= error));
  connection.on('end', () => void (lost ??= Object.assign(new Error('the server closed the connection'), { code: 'ECONNECTION' })));
  await new Promise<void>((resolve, reject) => connection.connect((error) => (error ? reject(new SmtpConnectError('connect', describe(error))) : resolve())));
  if (options.user !== undefined) {
    await new Promise<void>((resolve, reject) =>
      connection.login({ user: options.user!, pass: options.password ?? '' }, (error) => (error ? reject(new SmtpConnectError('auth', describe(error))) : resolve())),
    ).catch((error: unknown) => {
      connection.close();
      throw error;
    });
  }
  return {
    get usable() {
      return lost === undefined;
    },
    async send(message: PlannedMessage, raw: Buffer): Promise<SendReply> {
      return new Promise<SendReply>((resolve, reject) => {
        connection.send({ from: message.from.address, to: [...message.to, ...message.cc] }, raw, (error, info) => {
          if (!error) {
            const rejected = (info.rejectedErrors ?? []).map((e: NodemailerError) => ({ address: e.recipient ?? '', response: e.response ?? e.message }));
            return resolve({ response: info.response, accepted: info.accepted, rejected });
          }
          const refused = !lost && (error as NodemailerError).responseCode !== undefined && ['EENVELOPE', 'EMESSAGE'].includes((error as NodemailerError).code ?? '');
          if (!refused) return reject(new SendFailure('lost', describe(lost ?? error), (error as NodemailerError).response));
          // The server said no to this message only: start the next one afresh on the same connection.
          connection.reset(() => reject(new SendFailure('refused', describe(error), (error as NodemailerError).response)));
        });
      });
    },
    async close() {
      if (!lost) connection.quit();
      connection.close();
    },
  };
}

/** nodemailer's error as a person reads it: what failed and, when the server said something, its words. */
function describe(error: NodemailerError): string {
  const server = error.response && !error.message.includes(error.response) ? ` (${error.response})` : '';
  return `${error.message}${server}`;
}
