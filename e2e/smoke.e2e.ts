import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { type E2eServer, desktopContext, launchBrowser, screenshot, startE2eServer } from './lib/index.js';

// Proves the plumbing: the built web UI is served by the real server and Chromium renders it.
let server: E2eServer;
let browser: Browser;

before(async () => {
  server = await startE2eServer();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

test('a fresh installation opens on the setup page', async () => {
  const context = await desktopContext(browser);
  const page = await context.newPage();
  const res = await page.goto(`${server.url}/`);
  assert.equal(res?.status(), 200);
  await page.waitForLoadState('networkidle');
  const title = await page.title();
  const text = await page.locator('body').innerText();
  await screenshot(page, 'smoke-first-run');
  assert.ok(text.includes('初始化') || title.includes('后勤'), `expected the setup page; title "${title}", text "${text.slice(0, 200)}"`);
  await context.close();
});
