import MailComposer from 'nodemailer/lib/mail-composer';
import { contentTypeOf, type PlannedMessage } from './plan-messages';

/**
 * The message as MIME, made by nodemailer's composer: UTF-8 throughout, the subject in RFC 2047
 * words and attachment names in RFC 2231 parameters, as mail programs in Japan read them. A draft
 * carries `X-Unsent: 1`, which makes Outlook open it as a message to send, not one received.
 */
export function mimeMessage(message: PlannedMessage, options: { readonly date: Date; readonly draft: boolean }): Promise<Buffer> {
  const composer = new MailComposer({
    from: { name: message.from.name, address: message.from.address },
    to: [...message.to],
    cc: [...message.cc],
    subject: message.subject,
    text: message.text,
    date: options.date,
    messageId: message.messageId,
    attachments: message.attachments.map((a) => ({ filename: a.fileName, content: Buffer.from(a.bytes), contentType: contentTypeOf(a) })),
    ...(options.draft ? { headers: { 'X-Unsent': '1' } } : {}),
  });
  return composer.compile().build();
}
