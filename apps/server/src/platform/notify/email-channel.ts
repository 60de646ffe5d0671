import { type NotificationChannel, type NotifyLog, type OutboundMessage, absoluteLink } from './channel.js';

export interface EmailMessage { to: string[]; subject: string; text: string }

/** Sends one e-mail; an SMTP implementation can be added behind this without touching callers. */
export interface EmailTransport {
  send(mail: EmailMessage): Promise<void>;
}

/** No SMTP library is bundled: this transport only writes the e-mail to the log. */
export class LogOnlyEmailTransport implements EmailTransport {
  constructor(private readonly log: NotifyLog) {}

  async send(mail: EmailMessage): Promise<void> {
    this.log.info({ to: mail.to, subject: mail.subject, text: mail.text }, '邮件通知（仅记录到日志，未实际发送）');
  }
}

/** Copies notices to a fixed list of addresses (e.g. the logistics office mailbox). */
export class EmailChannel implements NotificationChannel {
  readonly name = 'email';
  constructor(private readonly transport: EmailTransport, private readonly to: string[], private readonly publicUrl?: string) {}

  async send(message: OutboundMessage): Promise<void> {
    const url = absoluteLink(message.link, this.publicUrl);
    const text = url ? `${message.body}\n\n查看详情：${url}` : message.body;
    await this.transport.send({ to: this.to, subject: `【后勤】${message.title}`, text });
  }
}
