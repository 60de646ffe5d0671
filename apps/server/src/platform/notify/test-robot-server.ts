import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedPost { url: URL; body: unknown }

/** A real webhook receiver on 127.0.0.1 that records what it gets and answers as told. */
export interface RobotServer {
  url: string;
  received: ReceivedPost[];
  reply: { status: number; body: string };
  close(): Promise<void>;
}

export async function startRobotServer(): Promise<RobotServer> {
  const received: ReceivedPost[] = [];
  const reply = { status: 200, body: '{"errcode":0,"errmsg":"ok"}' };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ url: new URL(req.url ?? '/', 'http://127.0.0.1'), body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown });
      res.writeHead(reply.status, { 'content-type': 'application/json' }).end(reply.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    reply,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
