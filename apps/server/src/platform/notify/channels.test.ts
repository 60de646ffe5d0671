import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { NotifyLog, OutboundMessage } from './channel.js';
import { DingtalkRobotChannel, dingtalkSignature } from './dingtalk-channel.js';
import { EmailChannel, LogOnlyEmailTransport } from './email-channel.js';
import { Notifier, Outbox, notifierFromEnv } from './notifier.js';
import { type RobotServer, startRobotServer } from './test-robot-server.js';
import { WecomRobotChannel } from './wecom-channel.js';

const message: OutboundMessage = {
  schoolId: 1, kind: 'repair.overdue', title: '报修超时提醒', body: '教学楼A 一(1)班教室 灯管不亮，已超过 24 小时未处理', link: '/repairs/12',
};

function recordingLog(): NotifyLog & { errors: string[]; infos: string[] } {
  const errors: string[] = [];
  const infos: string[] = [];
  return {
    errors, infos,
    error: (obj, msg) => errors.push(`${msg} ${JSON.stringify(obj)}`),
    info: (obj, msg) => infos.push(`${msg} ${JSON.stringify(obj)}`),
  };
}

describe('outside notification channels', () => {
  let robot: RobotServer;
  before(async () => { robot = await startRobotServer(); });
  after(async () => { await robot.close(); });
  beforeEach(() => {
    robot.received.length = 0;
    robot.reply.status = 200;
    robot.reply.body = '{"errcode":0,"errmsg":"ok"}';
  });

  it('posts WeCom group-robot markdown with the title, body and an absolute link', async () => {
    await new WecomRobotChannel(`${robot.url}/cgi-bin/webhook/send?key=abc`, 'https://houqin.example.edu.cn').send(message);
    const [post] = robot.received;
    assert.equal(post?.url.searchParams.get('key'), 'abc');
    const body = post?.body as { msgtype: string; markdown: { content: string } };
    assert.equal(body.msgtype, 'markdown');
    assert.match(body.markdown.content, /\*\*报修超时提醒\*\*/);
    assert.match(body.markdown.content, /灯管不亮/);
    assert.match(body.markdown.content, /\[查看详情\]\(https:\/\/houqin\.example\.edu\.cn\/repairs\/12\)/);
  });

  it('fails a WeCom send the robot refuses with a non-zero errcode', async () => {
    robot.reply.body = '{"errcode":93000,"errmsg":"invalid webhook url"}';
    await assert.rejects(new WecomRobotChannel(`${robot.url}/send`).send(message), /errcode=93000/);
  });

  it('signs DingTalk requests with HMAC-SHA256 of timestamp and secret', async () => {
    const secret = 'SEC0123456789abcdef';
    await new DingtalkRobotChannel(`${robot.url}/robot/send?access_token=tok`, secret).send(message);
    const [post] = robot.received;
    const timestamp = Number(post?.url.searchParams.get('timestamp'));
    assert.ok(Number.isInteger(timestamp) && timestamp > 0);
    assert.equal(post?.url.searchParams.get('access_token'), 'tok');
    assert.equal(post?.url.searchParams.get('sign'), dingtalkSignature(secret, timestamp));
    const body = post?.body as { msgtype: string; markdown: { title: string; text: string } };
    assert.deepEqual([body.msgtype, body.markdown.title], ['markdown', '报修超时提醒']);
    assert.match(body.markdown.text, /灯管不亮/);
    assert.doesNotMatch(body.markdown.text, /查看详情/, 'no public URL configured, so no link');
  });

  it('sends DingTalk unsigned when no secret is configured', async () => {
    await new DingtalkRobotChannel(`${robot.url}/robot/send?access_token=tok`).send(message);
    assert.equal(robot.received[0]?.url.searchParams.get('sign'), null);
  });

  it('logs e-mails instead of sending them when no SMTP transport exists', async () => {
    const log = recordingLog();
    await new EmailChannel(new LogOnlyEmailTransport(log), ['zongwu@school.cn']).send(message);
    assert.equal(log.infos.length, 1);
    assert.match(log.infos[0] ?? '', /【后勤】报修超时提醒/);
    assert.match(log.infos[0] ?? '', /zongwu@school\.cn/);
  });

  it('never throws when a channel fails: logs it and still delivers to the others', async () => {
    const log = recordingLog();
    const broken = await startRobotServer();
    broken.reply.status = 500;
    broken.reply.body = 'upstream down';
    const deadUrl = broken.url;
    const notifier = new Notifier([
      new WecomRobotChannel(`${deadUrl}/send`),
      new DingtalkRobotChannel('http://127.0.0.1:1/robot/send'),
      new WecomRobotChannel(`${robot.url}/send`),
    ], log);
    const outbox = new Outbox();
    outbox.add(message);
    await outbox.flushTo(notifier);
    await broken.close();
    assert.equal(robot.received.length, 1, 'the healthy channel got the message');
    assert.equal(log.errors.length, 2);
    assert.match(log.errors.join('\n'), /HTTP 500/);
    assert.equal(outbox.messages.length, 0, 'a flushed outbox is empty');
  });

  it('builds channels from the environment', () => {
    assert.equal(notifierFromEnv({}).channels.length, 0);
    const n = notifierFromEnv({
      HOUQIN_WECOM_WEBHOOK: 'http://127.0.0.1/w', HOUQIN_DINGTALK_WEBHOOK: 'http://127.0.0.1/d', HOUQIN_DINGTALK_SECRET: 's',
      HOUQIN_NOTIFY_EMAIL_TO: 'a@b.cn, c@d.cn',
    }, recordingLog());
    assert.deepEqual(n.channels.map((c) => c.name), ['wecom', 'dingtalk', 'email']);
  });
});
