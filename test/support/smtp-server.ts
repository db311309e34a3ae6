import { SMTPServer, type SMTPServerOptions } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';

/** A message as the server took it: the envelope, the raw bytes, and the message parsed back. */
export interface Received {
  readonly envelopeTo: readonly string[];
  readonly raw: Buffer;
  readonly mail: ParsedMail;
}

export interface TestServerBehaviour {
  /** Refuse RCPT TO for these addresses (550). */
  readonly refuse?: readonly string[];
  /** Refuse at the end of DATA (554) a message whose envelope holds one of these addresses. */
  refuseMessageTo?: readonly string[];
  /** Answer the message's end of DATA this long after it arrived: a kill can land between the two records. */
  replyDelayMs?: number;
  /** Hang up, without answering, after taking the nth message's data (1-based). */
  dropAfter?: number;
  /** Ask for this login (user, password); none asked for without it. */
  readonly login?: { readonly user: string; readonly password: string };
}

export interface TestServer {
  readonly port: number;
  readonly received: Received[];
  readonly behaviour: TestServerBehaviour;
  close(): Promise<void>;
}

/** A real SMTP server (npm's smtp-server) on loopback; without STARTTLS, as the client's `--smtp-security none` expects. */
export async function startSmtpServer(behaviour: TestServerBehaviour = {}): Promise<TestServer> {
  const received: Received[] = [];
  const options: SMTPServerOptions = {
    disabledCommands: behaviour.login ? ['STARTTLS'] : ['STARTTLS', 'AUTH'],
    allowInsecureAuth: true,
    authOptional: !behaviour.login,
    logger: false,
    onAuth(auth, _session, callback) {
      const ok = auth.username === behaviour.login?.user && auth.password === behaviour.login?.password;
      callback(ok ? null : Object.assign(new Error('Invalid username or password'), { responseCode: 535 }), ok ? { user: auth.username } : undefined);
    },
    onRcptTo(address, _session, callback) {
      callback(behaviour.refuse?.includes(address.address) ? Object.assign(new Error(`Mailbox ${address.address} unavailable`), { responseCode: 550 }) : null);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        void simpleParser(raw).then((mail) => {
          const envelopeTo = session.envelope.rcptTo.map((r) => r.address);
          if (envelopeTo.some((a) => behaviour.refuseMessageTo?.includes(a))) return callback(Object.assign(new Error('Message rejected as spam'), { responseCode: 554 }));
          received.push({ envelopeTo, raw, mail });
          if (behaviour.dropAfter === received.length) {
            for (const connection of server.connections) (connection as unknown as { _socket: { destroy(): void } })._socket.destroy();
            return;
          }
          setTimeout(() => callback(null, `Queued as test-${received.length}`), behaviour.replyDelayMs ?? 0);
        });
      });
    },
  };
  const server = new SMTPServer(options);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as { port: number }).port;
  return { port, received, behaviour, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
