import { after, before } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { launchBrowser } from './browser.js';
import { type E2eServer, startE2eServer } from './server.js';

/** Every demo account's password (README). */
export const DEMO_PASSWORD = 'Houqin@2026';

export interface DemoWorld { server: E2eServer; browser: Browser }

/**
 * One demo server (示范小学 and 第二实验小学) and one Chromium for the journeys of a file: started
 * before its first test, stopped after its last. Read the fields inside tests, once `before` ran.
 */
export function demoWorld(): DemoWorld {
  const world: Partial<DemoWorld> = {};
  before(async () => {
    world.server = await startE2eServer({ demo: true });
    world.browser = await launchBrowser();
  });
  after(async () => {
    await world.browser?.close();
    await world.server?.stop();
  });
  return {
    get server() { if (!world.server) throw new Error('demo server not started yet'); return world.server; },
    get browser() { if (!world.browser) throw new Error('browser not launched yet'); return world.browser; },
  };
}

/** A small real JPEG, as a phone camera would hand over to a file input. */
export async function cameraPhoto(color: string): Promise<{ name: string; mimeType: string; buffer: Buffer }> {
  const buffer = await sharp({ create: { width: 320, height: 240, channels: 3, background: color } }).jpeg().toBuffer();
  return { name: 'photo.jpg', mimeType: 'image/jpeg', buffer };
}

/** Fills the phone login page the browser is on. */
export async function phoneSignIn(page: Page, staffNo: string, password = DEMO_PASSWORD): Promise<void> {
  await page.getByPlaceholder('请输入工号或手机号').fill(staffNo);
  await page.getByPlaceholder('请输入密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
}

/** Signs in on the desktop login page and waits until the server has accepted it. */
export async function desktopSignIn(page: Page, server: E2eServer, staffNo: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(`${server.url}/login`);
  await page.getByLabel('工号或手机号').fill(staffNo);
  await page.getByLabel('密码', { exact: true }).fill(password);
  const signedIn = page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/login') && r.status() === 200);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await signedIn;
}
