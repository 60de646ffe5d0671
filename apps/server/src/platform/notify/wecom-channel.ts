import { type NotificationChannel, type OutboundMessage, toMarkdown, truncateBytes } from './channel.js';
import { postRobotJson } from './post-json.js';

// WeCom group robots reject markdown content over 4096 bytes.
const MAX_BYTES = 4096;

/** 企业微信群机器人 (group robot webhook, https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…). */
export class WecomRobotChannel implements NotificationChannel {
  readonly name = 'wecom';
  constructor(private readonly webhookUrl: string, private readonly publicUrl?: string) {}

  async send(message: OutboundMessage): Promise<void> {
    const content = truncateBytes(toMarkdown(message, this.publicUrl), MAX_BYTES);
    await postRobotJson(this.webhookUrl, { msgtype: 'markdown', markdown: { content } }, '企业微信机器人');
  }
}
