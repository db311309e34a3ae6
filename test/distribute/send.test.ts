import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { spawn } from 'node:child_process';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/cli';
import { readLedger } from '../../src/distribute/ledger';
import { captureConsole } from '../support/console';
import { editionWith, tempDir } from '../support/edition-fixture';
import { packageRoot } from '../../src/runtime/paths';
import { startSmtpServer, type TestServer, type TestServerBehaviour } from '../support/smtp-server';

const output = captureConsole();
let data: string;
let builtPacket: string;

beforeAll(async () => {
  data = editionWith();
  builtPacket = path.join(tempDir(), 'output');
  expect(await main(['build', '--data', data, '--out', builtPacket, '--quiet'])).toBe(0);
}, 120_000);

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
  vi.unstubAllEnvs();
});

/** A copy of the built packet in a folder of its own, so each test has its own ledger beside it. */
function packetCopy(): string {
  const out = path.join(tempDir(), 'output');
  fs.cpSync(builtPacket, out, { recursive: true });
  return out;
}

async function server(behaviour: TestServerBehaviour = {}): Promise<TestServer> {
  const started = await startSmtpServer(behaviour);
  servers.push(started);
  return started;
}

const send = (out: string, port: number, ...extra: string[]) =>
  main(['distribute', '--data', data, '--out', out, '--send', '--smtp-host', '127.0.0.1', '--smtp-port', String(port), '--smtp-security', 'none', ...extra]);

const ledgerOf = (out: string) => readLedger(`${out}.ledger.jsonl`);
const manifestOf = (out: string) => JSON.parse(fs.readFileSync(path.join(out, 'manifest.json'), 'utf8')) as { files: { path: string; sha256: string }[] };
const seedLabels = ['総務省記者クラブ', '島根県浜田市', '愛媛県松山市', '大分県', '京都府', '徳島県阿南市', '福岡県北九州市', '熊本県天草市', '宮崎県都城市'];

describe('npm run distribute -- --send', () => {
  it('sends the seed edition\'s 9 messages once: Japanese subjects and attachment names decode exactly, each attachment is the manifest\'s', async () => {
    const out = packetCopy();
    const smtp = await server({ login: { user: 'clair', password: 'correct horse' } });
    vi.stubEnv('PRESSKIT_SMTP_PASSWORD', 'correct horse');
    expect(await send(out, smtp.port, '--smtp-user', 'clair')).toBe(0);

    expect(smtp.received).toHaveLength(9);
    const subjects = smtp.received.map((r) => r.mail.subject);
    expect(subjects[0]).toBe('【報道発表資料】「JETふるさとビジョンプロジェクト」の実施について（自治体国際化協会）');
    expect(subjects.slice(1)).toEqual(seedLabels.slice(1).map((m) => `【資料送付】「JETふるさとビジョンプロジェクト」報道発表資料及び自治体向け資料（${m}）`));
    const manifest = new Map(manifestOf(out).files.map((f) => [f.path, f.sha256]));
    for (const [i, { mail }] of smtp.received.entries()) {
      const expected = i === 0 ? ['報道発表資料.pdf'] : [`${seedLabels[i]}.docx`, '報道発表資料.pdf'];
      expect(mail.attachments.map((a) => a.filename)).toEqual(expected);
      for (const a of mail.attachments) {
        const packetPath = a.filename!.endsWith('.docx') ? `briefs/${a.filename}` : a.filename!;
        expect(createHash('sha256').update(a.content).digest('hex')).toBe(manifest.get(packetPath));
      }
    }
    // The envelope holds the To and the CC addresses; the 宛名 names the department.
    expect(smtp.received[4].envelopeTo).toEqual(['kokusai@kyoto-pref.example.jp', 'jet-tanto@kyoto-pref.example.jp', 'jet-chosei@clair.example.jp']);
    expect(smtp.received[1].mail.text).toMatch(/^島根県浜田市\n産業経済部観光交流課\nご担当者様\n/);
    expect(smtp.received[1].mail.text).toContain('TEL 03-5213-1727');
    expect(smtp.received[1].mail.headers.has('x-unsent')).toBe(false);

    const ledger = await ledgerOf(out);
    expect(ledger.map((r) => r.event)).toEqual(Array.from({ length: 9 }, () => ['sending', 'sent']).flat());
    expect(ledger[1].response).toMatch(/Queued as test-1/);

    smtp.received.length = 0;
    expect(await send(out, smtp.port, '--smtp-user', 'clair')).toBe(0);
    expect(smtp.received).toHaveLength(0);
    expect(output.stdout.filter((l) => l.startsWith('already sent: '))).toHaveLength(9);
    expect(await ledgerOf(out)).toHaveLength(18);
  }, 60_000);

  it('a wrong password: says so, sends nothing, records nothing', async () => {
    const out = packetCopy();
    const smtp = await server({ login: { user: 'clair', password: 'correct horse' } });
    vi.stubEnv('PRESSKIT_SMTP_PASSWORD', 'wrong');
    expect(await send(out, smtp.port, '--smtp-user', 'clair')).toBe(4);
    expect(output.stderr.join('\n')).toMatch(/the mail server refused the login: .*535.*Check the user name \(--smtp-user\) and the password; nothing was sent/);
    expect(smtp.received).toHaveLength(0);
    expect(await ledgerOf(out)).toEqual([]);
  });

  it('a refused address and a refused message: each said clearly and recorded; a second run sends only the refused message', async () => {
    const out = packetCopy();
    const smtp = await server({ refuse: ['kokusai@oita-pref.example.jp'], refuseMessageTo: ['gakko@anan.example.jp'] });
    expect(await send(out, smtp.port)).toBe(4);
    const stderr = output.stderr.join('\n');
    // 大分県's only address refused: the copy went to CC, so it is not sent again.
    expect(smtp.received.find((r) => r.mail.subject!.endsWith('（大分県）'))?.envelopeTo).toEqual(['jet-chosei@clair.example.jp']);
    expect(stderr).toContain('  the server refused kokusai@oita-pref.example.jp (550 Mailbox kokusai@oita-pref.example.jp unavailable); the other addresses have the message, so it is not sent again');
    expect(stderr).toMatch(/not sent: 徳島県阿南市 — the server refused it: .*554 Message rejected as spam.*Check its addresses in recipients.json and run again/);
    expect(smtp.received).toHaveLength(8);
    const ledger = await ledgerOf(out);
    expect(ledger.filter((r) => r.event === 'failed')).toMatchObject([{ message: 'municipality:362042', response: expect.stringMatching(/^554/) }]);
    expect(ledger.find((r) => r.message === 'municipality:440001' && r.event === 'sent')).toMatchObject({ accepted: ['jet-chosei@clair.example.jp'], rejected: [{ address: 'kokusai@oita-pref.example.jp', response: expect.stringMatching(/^550/) }] });

    smtp.received.length = 0;
    smtp.behaviour.refuseMessageTo = [];
    expect(await send(out, smtp.port)).toBe(0);
    expect(smtp.received.map((r) => r.mail.subject)).toEqual([expect.stringMatching(/（徳島県阿南市）$/)]);
  }, 60_000);

  it('a server that hangs up: the message in flight is uncertain, the rest are not tried, and the next run sends the rest but not it', async () => {
    const out = packetCopy();
    const smtp = await server({ dropAfter: 3 });
    expect(await send(out, smtp.port)).toBe(4);
    const stderr = output.stderr.join('\n');
    expect(stderr).toMatch(/uncertain: 愛媛県松山市 — the connection was lost before the server confirmed it: .+Check whether it arrived; if not, send it again with --resend-uncertain/);
    expect(stderr).toContain('not sent: 大分県 (the connection was lost first; run again to send it)');
    const ledger = await ledgerOf(out);
    expect(ledger.filter((r) => r.event === 'uncertain').map((r) => r.message)).toEqual(['municipality:382019']);
    expect(ledger.filter((r) => r.event === 'sending')).toHaveLength(3);

    smtp.behaviour.dropAfter = undefined;
    const second = await send(out, smtp.port);
    expect(output.stderr.join('\n')).toContain('uncertain: 愛媛県松山市 — its sending began at ');
    expect(second).toBe(4);
    const subjects = smtp.received.map((r) => r.mail.subject!);
    expect(subjects).toHaveLength(9);
    expect(new Set(subjects).size).toBe(9);
  }, 60_000);
});

describe('the sending command killed mid-batch (kill -9)', () => {
  it('leaves the message in flight uncertain: the rerun sends the rest, not it, and says so; --resend-uncertain sends it with the same Message-ID', async () => {
    const out = packetCopy();
    // The server answers each message 3 s after taking it: the kill lands between its two records.
    const smtp = await server({ replyDelayMs: 3000 });
    const args = ['src/runtime/run-compiled.js', 'distribute', '--data', data, '--out', out, '--send', '--smtp-host', '127.0.0.1', '--smtp-port', String(smtp.port), '--smtp-security', 'none'];
    const child = spawn(process.execPath, args, { cwd: packageRoot, stdio: 'ignore' });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    for (let waited = 0; ; waited += 50) {
      const events = (await ledgerOf(out)).map((r) => r.event);
      if (events.length === 5 && events[4] === 'sending' && smtp.received.length === 3) break;
      if (waited > 90_000 || child.exitCode !== null) throw new Error(`never caught the third message in flight: ${events.join(', ')}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    expect((await ledgerOf(out)).map((r) => r.event)).toEqual(['sending', 'sent', 'sending', 'sent', 'sending']);

    smtp.behaviour.replyDelayMs = 0;
    expect(await send(out, smtp.port)).toBe(4);
    expect(output.stderr.join('\n')).toMatch(/uncertain: 愛媛県松山市 — its sending began at \S+ and ended before the server confirmed it/);
    const subjects = smtp.received.map((r) => r.mail.subject!);
    expect(subjects).toHaveLength(9);
    expect(new Set(subjects).size).toBe(9);
    expect(output.stderr.at(-1)).toMatch(/^6 sent, 2 sent before \(not sent again\), 1 uncertain, 0 refused, 0 not tried/);

    expect(await send(out, smtp.port, '--resend-uncertain')).toBe(0);
    expect(smtp.received).toHaveLength(10);
    expect(smtp.received[9].mail.subject).toMatch(/（愛媛県松山市）$/);
    expect(smtp.received[9].mail.messageId).toBe(smtp.received[2].mail.messageId);
  }, 180_000);
});

describe('npm run distribute -- --drafts', () => {
  it('writes one .eml per message that mailparser reads with the same subject, body and attachments as are sent, marked as unsent for Outlook', async () => {
    const out = packetCopy();
    const drafts = path.join(tempDir(), 'drafts');
    expect(await main(['distribute', '--data', data, '--out', out, '--drafts', drafts])).toBe(0);
    expect(fs.readdirSync(drafts).sort()).toEqual(seedLabels.map((l, i) => `0${i + 1}-${l}.eml`));
    const { simpleParser } = await import('mailparser');
    const mail = await simpleParser(fs.readFileSync(path.join(drafts, '05-京都府.eml')));
    expect(mail.subject).toBe('【資料送付】「JETふるさとビジョンプロジェクト」報道発表資料及び自治体向け資料（京都府）');
    expect(mail.headers.get('x-unsent')).toBe('1');
    expect(mail.to).toMatchObject({ value: [{ address: 'kokusai@kyoto-pref.example.jp' }, { address: 'jet-tanto@kyoto-pref.example.jp' }] });
    expect(mail.from?.value[0]).toEqual({ name: '自治体国際化協会 ＪＥＴプログラム事業部調整課', address: 'jet-furusato@clair.example.jp' });
    expect(mail.text).toContain('■添付ファイル（2点）\n・京都府.docx（自治体向け資料）\n・報道発表資料.pdf（報道発表資料）');
    expect(mail.attachments.map((a) => [a.filename, a.contentType])).toEqual([
      ['京都府.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      ['報道発表資料.pdf', 'application/pdf'],
    ]);
    expect(output.stdout).toContain('  subject: 【資料送付】「JETふるさとビジョンプロジェクト」報道発表資料及び自治体向け資料（京都府）');
    expect(fs.existsSync(`${out}.ledger.jsonl`)).toBe(false);
  });

  it('refuses a packet the data no longer makes, and says to build first (exit 1)', async () => {
    const out = packetCopy();
    const changed = editionWith([{ file: 'release.json', find: '"region": "西日本"', replace: '"region": "東日本"' }]);
    expect(await main(['distribute', '--data', changed, '--out', out, '--drafts', path.join(tempDir(), 'drafts')])).toBe(1);
    expect(output.stderr[0]).toBe(`${path.join(out, 'manifest.json')}: error: was made from other data than the edition holds now (the data changed since the last build) [packet] (make the packet first: npm run build (with the same --data and --out))`);
  });

  it('warns of a host municipality with no recipient and of an entry for no host, and refuses to send while either is so', async () => {
    const out = packetCopy();
    const missing = editionWith([{ file: 'recipients.json', find: '"municipality": "大分県"', replace: '"municipality": "大分"' }]);
    expect(await main(['distribute', '--data', missing, '--out', out, '--drafts', path.join(tempDir(), 'drafts')])).toBe(0);
    expect(output.stderr).toEqual([
      expect.stringMatching(/recipients\.json:10:3: warning: \/municipalities has no entry for 大分県, whose brief would then not be sent \[missing-recipient\]/),
      expect.stringMatching(/recipients\.json:13:23: warning: \/municipalities\/2\/municipality names "大分", which hosts no project in projects\.json \[dangling-reference\] \(did you mean "大分県"\?/),
    ]);
    expect(output.stdout.filter((l) => l.startsWith('draft '))).toHaveLength(8);
    output.stderr.length = 0;
    expect(await main(['validate', '--data', missing])).toBe(0);
    expect(output.stderr.filter((l) => l.includes('recipients.json:1'))).toEqual([expect.stringContaining('warning: /municipalities has no entry for 大分県'), expect.stringContaining('warning: /municipalities/2/municipality names "大分"')]);
    output.stderr.length = 0;
    expect(await main(['distribute', '--data', missing, '--out', out, '--send', '--smtp-host', '127.0.0.1', '--smtp-security', 'none'])).toBe(1);
    expect(output.stderr[0]).toMatch(/error: \/municipalities has no entry for 大分県/);
  });

  it('speaks Japanese where the locale is Japanese', async () => {
    vi.stubEnv('LANG', 'ja_JP.UTF-8');
    vi.stubEnv('LC_ALL', '');
    vi.stubEnv('LC_MESSAGES', '');
    const out = packetCopy();
    expect(await main(['distribute', '--data', data, '--out', out, '--drafts', path.join(tempDir(), 'drafts')])).toBe(0);
    expect(output.stdout).toContain('  件名: 【報道発表資料】「JETふるさとビジョンプロジェクト」の実施について（自治体国際化協会）');
    expect(output.stdout.at(-1)).toMatch(/^9通の下書きを .+ に書きました。/);
  });
});

describe('npm run distribute: usage', () => {
  it('needs --drafts or --send, a host to send through, and TLS to any server but this machine\'s (exit 2)', async () => {
    expect(await main(['distribute'])).toBe(2);
    expect(output.stderr[0]).toBe('error: distribute needs --drafts DIR (write the messages) or --send (send them), or both');
    expect(await main(['distribute', '--send'])).toBe(2);
    expect(output.stderr[2]).toBe('error: --send needs --smtp-host HOST (the mail server)');
    expect(await main(['distribute', '--send', '--smtp-host', 'smtp.example.jp', '--smtp-security', 'none'])).toBe(2);
    expect(output.stderr[4]).toMatch(/^error: --smtp-security none sends the password and the messages unencrypted: it is for a server on this machine only, not smtp\.example\.jp/);
    expect(await main(['distribute', '--drafts', 'x', '--smtp-host', 'smtp.example.jp'])).toBe(2);
    expect(output.stderr[6]).toBe('error: --smtp-host is for sending: add --send');
  });
});
