/** What an outside channel (group robot, e-mail) receives: the inbox notice, without recipients. */
export interface OutboundMessage {
  schoolId: number | null;
  kind: string;
  title: string;
  body: string;
  /** App path such as /repairs/12; made absolute with HOUQIN_PUBLIC_URL when known. */
  link: string | null;
}

/** A place outside the app where notices are also posted. Implementations throw on failure. */
export interface NotificationChannel {
  readonly name: string;
  send(message: OutboundMessage): Promise<void>;
}

/** Where failures of outside channels are reported; pino (Fastify's logger) fits. */
export interface NotifyLog {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export const consoleLog: NotifyLog = {
  info: (obj, msg) => console.log(msg, JSON.stringify(obj)),
  error: (obj, msg) => console.error(msg, JSON.stringify(obj)),
};

/** Absolute link for a message, or null when the app's public address is unknown. */
export function absoluteLink(link: string | null, publicUrl: string | undefined): string | null {
  if (!link) return null;
  if (/^https?:\/\//.test(link)) return link;
  if (!publicUrl) return null;
  return `${publicUrl.replace(/\/+$/, '')}/${link.replace(/^\/+/, '')}`;
}

/** Markdown both robots render: bold title, the body, and a link when there is one. */
export function toMarkdown(message: OutboundMessage, publicUrl: string | undefined): string {
  const url = absoluteLink(message.link, publicUrl);
  const lines = [`**${message.title}**`, '', message.body];
  if (url) lines.push('', `[查看详情](${url})`);
  return lines.join('\n');
}

/** Cuts text to a byte budget (robots reject long messages) without splitting a character. */
export function truncateBytes(text: string, maxBytes: number): string {
  if (Buffer.byteLength(text) <= maxBytes) return text;
  let out = '';
  for (const ch of text) {
    if (Buffer.byteLength(out + ch) > maxBytes - 3) break;
    out += ch;
  }
  return `${out}…`;
}
