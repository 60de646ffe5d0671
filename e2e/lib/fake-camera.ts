import fs from 'node:fs';
import path from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import QRCode from 'qrcode';
import sharp from 'sharp';
import { CHROMIUM_ARGS } from './browser.js';
import { projectTmp } from './paths.js';

const W = 640;
const H = 480;
const FPS = 10;

/** The luma plane of a QR code for `text`, centred on white, 640×480. */
async function qrLuma(text: string): Promise<Buffer> {
  const png = await QRCode.toBuffer(text, { width: 360, margin: 4, errorCorrectionLevel: 'M' });
  return sharp(png).greyscale().resize(360, 360)
    .extend({ top: (H - 360) / 2, bottom: (H - 360) / 2, left: (W - 360) / 2, right: (W - 360) / 2, background: '#ffffff' })
    .raw().toBuffer();
}

/**
 * Writes a Y4M video (what Chromium's fake camera plays, in a loop) showing each text as a QR code
 * for `secondsEach`, one after another: Y plane from the image, chroma flat grey (128).
 */
export async function writeQrVideo(name: string, texts: string[], secondsEach = 2): Promise<string> {
  const file = path.join(projectTmp('fake-camera'), `${name}.y4m`);
  const chroma = Buffer.alloc((W / 2) * (H / 2) * 2, 128);
  const out = fs.createWriteStream(file);
  out.write(`YUV4MPEG2 W${W} H${H} F${FPS}:1 Ip A1:1 C420jpeg\n`);
  for (const text of texts) {
    const frame = Buffer.concat([Buffer.from('FRAME\n'), await qrLuma(text), chroma]);
    for (let i = 0; i < secondsEach * FPS; i++) out.write(frame);
  }
  await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
  return file;
}

/**
 * A headless Chromium whose camera plays `video` (and grants camera access without asking), for a
 * phone that scans labels. Same flags as lib/browser.ts plus Chromium's fake media devices.
 */
export async function launchCameraBrowser(video: string): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      ...CHROMIUM_ARGS,
      '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${video}`,
    ],
  });
}
