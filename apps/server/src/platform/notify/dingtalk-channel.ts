import crypto from 'node:crypto';
import { type NotificationChannel, type OutboundMessage, toMarkdown, truncateBytes } from './channel.js';
import { postRobotJson } from './post-json.js';

const MAX_BYTES = 4096;

/**
 * DingTalk's "加签" security setting: sign = base64(HMAC-SHA256(secret, `${timestamp}\n${secret}`)),
 * sent with the millisecond timestamp as query parameters.
 */
export function dingtalkSignature(secret: string, timestamp: number): string {
  return crypto.createHmac('sha256', secret).update(`${timestamp}\n${secret}`).digest('base64');
}

export function signedDingtalkUrl(webhookUrl: string, secret: string | undefined, now = Date.now()): string {
  if (!secret) return webhookUrl;
  const url = new URL(webhookUrl);
  url.searchParams.set('timestamp', String(now));
  url.searchParams.set('sign', dingtalkSignature(secret, now));
  return url.toString();
}

/** 钉钉群机器人 (https://oapi.dingtalk.com/robot/send?access_token=…), optionally signed. */
export class DingtalkRobotChannel implements NotificationChannel {
  readonly name = 'dingtalk';
  constructor(private readonly webhookUrl: string, private readonly secret?: string, private readonly publicUrl?: string) {}

  async send(message: OutboundMessage): Promise<void> {
    const text = truncateBytes(toMarkdown(message, this.publicUrl), MAX_BYTES);
    await postRobotJson(signedDingtalkUrl(this.webhookUrl, this.secret), { msgtype: 'markdown', markdown: { title: message.title, text } }, '钉钉机器人');
  }
}
