import { type NotificationChannel, type NotifyLog, type OutboundMessage, consoleLog } from './channel.js';
import { DingtalkRobotChannel } from './dingtalk-channel.js';
import { EmailChannel, LogOnlyEmailTransport } from './email-channel.js';
import { WecomRobotChannel } from './wecom-channel.js';

/**
 * Posts notices to the configured outside channels. It never throws: a robot being down
 * must not fail the user's request, so every failure is logged and swallowed.
 */
export class Notifier {
  constructor(readonly channels: NotificationChannel[], private readonly log: NotifyLog = consoleLog) {}

  async dispatch(messages: readonly OutboundMessage[]): Promise<void> {
    if (this.channels.length === 0 || messages.length === 0) return;
    const sends = messages.flatMap((m) => this.channels.map(async (channel) => {
      try {
        await channel.send(m);
      } catch (err) {
        this.log.error({ channel: channel.name, kind: m.kind, title: m.title, err: err instanceof Error ? err.message : String(err) }, '外部通知发送失败');
      }
    }));
    await Promise.all(sends);
  }
}

/**
 * Collects messages for outside channels while a transaction runs; the caller hands it to
 * the notifier once the transaction has committed, so a rolled-back change announces nothing.
 */
export class Outbox {
  readonly messages: OutboundMessage[] = [];

  add(message: OutboundMessage): void {
    this.messages.push(message);
  }

  /** Call after commit. Returns the send for tests to await; request handlers need not. */
  flushTo(notifier: Notifier): Promise<void> {
    const batch = this.messages.splice(0);
    return notifier.dispatch(batch);
  }
}

/** Channels from HOUQIN_WECOM_WEBHOOK, HOUQIN_DINGTALK_WEBHOOK (+ HOUQIN_DINGTALK_SECRET) and HOUQIN_NOTIFY_EMAIL_TO. */
export function notifierFromEnv(env: NodeJS.ProcessEnv = process.env, log: NotifyLog = consoleLog): Notifier {
  const publicUrl = env.HOUQIN_PUBLIC_URL || undefined;
  const channels: NotificationChannel[] = [];
  if (env.HOUQIN_WECOM_WEBHOOK) channels.push(new WecomRobotChannel(env.HOUQIN_WECOM_WEBHOOK, publicUrl));
  if (env.HOUQIN_DINGTALK_WEBHOOK) {
    channels.push(new DingtalkRobotChannel(env.HOUQIN_DINGTALK_WEBHOOK, env.HOUQIN_DINGTALK_SECRET || undefined, publicUrl));
  }
  const emailTo = (env.HOUQIN_NOTIFY_EMAIL_TO ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  if (emailTo.length) channels.push(new EmailChannel(new LogOnlyEmailTransport(log), emailTo, publicUrl));
  return new Notifier(channels, log);
}

let shared: Notifier | undefined;
/** The process's notifier built from the environment, for code that is not handed one. */
export function sharedNotifier(): Notifier {
  shared ??= notifierFromEnv();
  return shared;
}
