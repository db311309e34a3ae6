import type { Outcome } from './send-batch';

/** The distribute command's own lines, in Japanese and English (the data's problems print as every command's do). */
export type Lang = 'ja' | 'en';

interface Catalogue {
  draft(file: string): string;
  to(addresses: readonly string[]): string;
  cc(addresses: readonly string[]): string;
  subject(subject: string): string;
  attachment(name: string, bytes: number): string;
  outcome(label: string, outcome: Outcome): string;
  refusedAddress(address: string, response: string): string;
  drafted(count: number, dir: string): string;
  summary(counts: Readonly<Record<Outcome['kind'], number>>, ledger: string): string;
  connectFailed(reason: string): string;
  authFailed(reason: string): string;
  passwordNeeded(variable: string): string;
  passwordPrompt(user: string, host: string): string;
}

const ja: Catalogue = {
  draft: (file) => `下書き ${file}`,
  to: (a) => `  宛先: ${a.join(', ')}`,
  cc: (a) => `  CC: ${a.length > 0 ? a.join(', ') : 'なし'}`,
  subject: (s) => `  件名: ${s}`,
  attachment: (name, bytes) => `  添付: ${name}（${kilobytes(bytes)}）`,
  outcome: (label, o) => {
    switch (o.kind) {
      case 'sent':
        return `送信しました: ${label}（サーバーの応答: ${o.reply.response}）`;
      case 'sent-before':
        return `送信済み: ${label}（${o.at}）${o.changed ? '。その後パケットが作り直され添付ファイルが変わりましたが、二重に送らないよう送り直しません。訂正を送るときは下書き（--drafts）から手で送ってください' : ''}`;
      case 'held-uncertain':
        return `不明: ${label} — ${o.since} に送信を始めたまま、サーバーの受領を確かめられずに終わりました。相手に届いたか確かめ、届いていなければ --resend-uncertain を付けて送り直してください`;
      case 'refused':
        return `送れませんでした: ${label} — サーバーが受け付けませんでした: ${o.reason}。宛先（recipients.json）を確かめて、もう一度実行してください（送信済みのものは送りません）`;
      case 'lost':
        return `不明: ${label} — サーバーの受領を確かめる前に接続が切れました: ${o.reason}。届いたか確かめ、届いていなければ --resend-uncertain を付けて送り直してください。残りは送っていません`;
      case 'not-tried':
        return `未送信: ${label}（接続が切れたため送っていません。もう一度実行すると送ります）`;
    }
  },
  refusedAddress: (address, response) => `  ${address} はサーバーに拒否されました（${response}）。ほかの宛先には送信済みのため送り直しません。正しいアドレスへは下書きから手で送ってください`,
  drafted: (count, dir) => `${count}通の下書きを ${dir} に書きました。メールソフトで開いて確かめてから送るか、--send で送信します`,
  summary: (c, ledger) =>
    `送信 ${c.sent}通、送信済みのため送らず ${c['sent-before']}通、不明 ${c['held-uncertain'] + c.lost}通、拒否 ${c.refused}通、未送信 ${c['not-tried']}通。記録: ${ledger}`,
  connectFailed: (reason) => `メールサーバーに接続できませんでした: ${reason}。--smtp-host、--smtp-port、--smtp-security を確かめてください。何も送っていません`,
  authFailed: (reason) => `メールサーバーにログインできませんでした: ${reason}。ユーザー名（--smtp-user）とパスワードを確かめてください。何も送っていません`,
  passwordNeeded: (variable) => `パスワードが必要です: 環境変数 ${variable} に入れるか、端末から実行して入力してください（コマンドラインやデータファイルには書きません）`,
  passwordPrompt: (user, host) => `${user}@${host} のパスワード: `,
};

const en: Catalogue = {
  draft: (file) => `draft ${file}`,
  to: (a) => `  to: ${a.join(', ')}`,
  cc: (a) => `  cc: ${a.length > 0 ? a.join(', ') : 'none'}`,
  subject: (s) => `  subject: ${s}`,
  attachment: (name, bytes) => `  attached: ${name} (${kilobytes(bytes)})`,
  outcome: (label, o) => {
    switch (o.kind) {
      case 'sent':
        return `sent: ${label} (the server replied: ${o.reply.response})`;
      case 'sent-before':
        return `already sent: ${label} (${o.at})${o.changed ? '; the packet was rebuilt since and its attachments differ, but it is not sent twice: send a correction by hand from the drafts (--drafts)' : ''}`;
      case 'held-uncertain':
        return `uncertain: ${label} — its sending began at ${o.since} and ended before the server confirmed it. Check whether it arrived; if not, send it again with --resend-uncertain`;
      case 'refused':
        return `not sent: ${label} — the server refused it: ${o.reason}. Check its addresses in recipients.json and run again (what was sent is not sent again)`;
      case 'lost':
        return `uncertain: ${label} — the connection was lost before the server confirmed it: ${o.reason}. Check whether it arrived; if not, send it again with --resend-uncertain. The rest were not sent`;
      case 'not-tried':
        return `not sent: ${label} (the connection was lost first; run again to send it)`;
    }
  },
  refusedAddress: (address, response) => `  the server refused ${address} (${response}); the other addresses have the message, so it is not sent again: send it to a corrected address by hand from the drafts`,
  drafted: (count, dir) => `${count} draft(s) written to ${dir}: open them in a mail program to check and send, or send them with --send`,
  summary: (c, ledger) =>
    `${c.sent} sent, ${c['sent-before']} sent before (not sent again), ${c['held-uncertain'] + c.lost} uncertain, ${c.refused} refused, ${c['not-tried']} not tried; ledger: ${ledger}`,
  connectFailed: (reason) => `cannot connect to the mail server: ${reason}. Check --smtp-host, --smtp-port and --smtp-security; nothing was sent`,
  authFailed: (reason) => `the mail server refused the login: ${reason}. Check the user name (--smtp-user) and the password; nothing was sent`,
  passwordNeeded: (variable) => `a password is needed: put it in the environment variable ${variable}, or run the command in a terminal to type it (never on the command line or in a data file)`,
  passwordPrompt: (user, host) => `password for ${user}@${host}: `,
};

export const distributeText: Readonly<Record<Lang, Catalogue>> = { ja, en };

function kilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
