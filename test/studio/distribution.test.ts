import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Studio } from '../../src/studio/server';
import { tokenHeader } from '../../src/studio/request-guard';
import { settled, stateWhere, studioOver } from '../support/studio';
import { startSmtpServer, type TestServer } from '../support/smtp-server';

let studio: Studio | undefined;
let smtp: TestServer | undefined;
afterEach(async () => {
  await studio?.close();
  await smtp?.close();
});

interface Status {
  readonly problems?: readonly { readonly text: string }[];
  readonly recipients?: readonly { readonly key: string; readonly label: string; readonly state: string; readonly subject: string; readonly text: string }[];
  readonly draftsDir?: string;
  readonly report?: readonly string[];
  readonly canSend: boolean;
}

describe('the studio\'s 送付 tab', () => {
  it('lists every message with its state, makes the drafts, and sends only what the page named, with the token', async () => {
    smtp = await startSmtpServer();
    const started = await studioOver([], { smtp: { host: '127.0.0.1', port: smtp.port, security: 'none' } });
    studio = started.studio;
    const page = await (await fetch(studio.url)).text();
    const token = /<meta name="studio-token" content="([^"]+)">/.exec(page)![1];
    const url = (route: string) => new URL(route, studio!.url);
    const post = (route: string, body: unknown, headers: Record<string, string> = { Origin: studio!.url.replace(/\/$/, ''), [tokenHeader]: token }) =>
      fetch(url(route), { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
    const status = async () => (await (await fetch(url('/api/distribution'))).json()) as Status;

    // No packet yet: the tab says to make one.
    expect((await status()).problems![0].text).toContain('送る資料（パケット）がまだできていない');
    await stateWhere(studio, settled());
    expect((await post('/api/packet', {})).status).toBe(200);

    const before = await status();
    expect(before.recipients!.map((r) => [r.label, r.state])).toEqual(
      ['総務省記者クラブ', '島根県浜田市', '愛媛県松山市', '大分県', '京都府', '徳島県阿南市', '福岡県北九州市', '熊本県天草市', '宮崎県都城市'].map((label) => [label, 'none']),
    );
    expect(before.recipients![3].text).toMatch(/^大分県\n企画振興部国際政策課\nご担当者様\n/);

    const drafted = (await (await post('/api/distribution/drafts', {})).json()) as Status;
    expect(drafted.recipients!.every((r) => r.state === 'draft')).toBe(true);
    expect(fs.readdirSync(drafted.draftsDir!)).toHaveLength(9);

    const keys = before.recipients!.map((r) => r.key);
    expect((await post('/api/distribution/send', { keys }, { Origin: studio.url.replace(/\/$/, '') })).status).toBe(403);
    expect((await post('/api/distribution/send', { keys: keys.slice(1) })).status).toBe(409);
    expect(smtp.received).toHaveLength(0);

    const sent = (await (await post('/api/distribution/send', { keys })).json()) as Status;
    expect(smtp.received).toHaveLength(9);
    expect(sent.recipients!.every((r) => r.state === 'sent')).toBe(true);
    expect(sent.report![0]).toMatch(/^送信しました: 総務省記者クラブ（サーバーの応答: 250 /);

    // Nothing is left to send: the page names none, and none goes.
    expect((await post('/api/distribution/send', { keys: [] })).status).toBe(200);
    expect(smtp.received).toHaveLength(9);
  }, 120_000);
});
