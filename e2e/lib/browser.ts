import fs from 'node:fs';
import path from 'node:path';
import { type Browser, type BrowserContext, type Page, chromium } from 'playwright-core';
import { projectTmp } from './paths.js';

// The launch that works as root in CI with Debian's Chromium (see docs/ARCHITECTURE.md).
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Headless Debian Chromium with a fresh profile under .tmp/, removed by `browser.close()`
 * (or, if a journey crashes before closing it, when the test process exits).
 */
export async function launchBrowser(): Promise<Browser> {
  const profileDir = fs.mkdtempSync(path.join(projectTmp(), 'chromium-profile-'));
  const removeProfile = (): boolean => {
    try {
      // why: Chromium's helper processes can still be writing into the profile just after disconnect.
      fs.rmSync(profileDir, { recursive: true, force: true, maxRetries: 20, retryDelay: 50 });
      return true;
    } catch (err) {
      console.warn(`could not remove ${profileDir} yet: ${String(err)}`);
      return false;
    }
  };
  const removeAtExit = () => void removeProfile();
  process.once('exit', removeAtExit);
  let persistent: BrowserContext;
  try {
    // why: Playwright refuses --user-data-dir in launch(); a persistent context is the way to choose it.
    persistent = await chromium.launchPersistentContext(profileDir, {
      executablePath: '/usr/bin/chromium',
      headless: true,
      args: CHROMIUM_ARGS,
      locale: 'zh-CN',
    });
  } catch (err) {
    removeProfile();
    throw err;
  }
  const browser = persistent.browser();
  if (!browser) {
    await persistent.close();
    removeProfile();
    throw new Error('Chromium started without a browser handle');
  }
  // why: 'disconnected' fires while Chromium's processes still write to the profile; close()
  // resolves only once they have exited, so the profile is removed after it.
  const close = browser.close.bind(browser);
  browser.close = async (options) => {
    await close(options);
    if (removeProfile()) process.removeListener('exit', removeAtExit);
  };
  return browser;
}

/** A desktop browser window as the logistics office uses it. */
export function desktopContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
}

/** A phone as a teacher or technician holds it (iPhone 12-class screen). */
export function phoneContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 3,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
}

/** Saves a PNG as .tmp/e2e-shots/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<string> {
  const file = path.join(projectTmp('e2e-shots'), `${name.replace(/[^\w.-]+/g, '-')}.png`);
  await page.screenshot({ path: file, fullPage: options.fullPage ?? false });
  return file;
}

/** Waits for dialogs and drawers to finish their opening animation, so a screenshot shows them whole. */
export async function settled(page: Page): Promise<void> {
  await page.locator('.ant-modal.ant-zoom-appear, .ant-modal.ant-zoom-enter, .ant-drawer-content-wrapper.ant-drawer-panel-motion-right-enter').waitFor({ state: 'detached' });
  // rc-motion drives drawers and fades with CSS transitions; the class names vary by component, the animations do not.
  // A string, because this file is type-checked without the DOM library.
  // Endless ones (spinners, a status dot's pulse) never finish and are left out.
  await page.waitForFunction("document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity)");
}
