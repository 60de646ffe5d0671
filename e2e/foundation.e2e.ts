import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { type E2eServer, desktopContext, launchBrowser, phoneContext, screenshot, startE2eServer } from './lib/index.js';

// The foundation journey of issue 2, as a new school would live it: set up, sign in, build the
// campus, print room labels, then scan one with a phone and land on the room.
let server: E2eServer;
let browser: Browser;
const ADMIN = { staffNo: 'zw001', name: '王建国', password: 'Houqin2026x' };

before(async () => {
  server = await startE2eServer();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

/**
 * Opens an antd Select by its form label and picks the option with that text. Options can arrive a
 * moment after the dialog opens (they come from a query), so it reopens the list until they are there.
 */
async function pick(page: Page, label: string, option: string): Promise<void> {
  const dialog = page.locator('.ant-modal:visible, .ant-drawer:visible').last();
  const selector = dialog.locator('.ant-form-item').filter({ has: page.locator(`label[title="${label}"]`) }).locator('.ant-select-selector');
  const wanted = page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).first();
  for (let attempt = 0; attempt < 10; attempt++) {
    await selector.click();
    if (await wanted.waitFor({ timeout: 1500 }).then(() => true, () => false)) {
      await wanted.click();
      return;
    }
    // Close the empty list by clicking the dialog's title (Escape would close the dialog itself).
    await dialog.locator('.ant-modal-title, .ant-drawer-title').first().click();
  }
  throw new Error(`option "${option}" never appeared in the "${label}" select`);
}

test('setup → login → building and rooms → QR labels → a phone scan shows the room', async () => {
  const desktop = await desktopContext(browser);
  const page = await desktop.newPage();

  // 1. First run: the setup page creates the school and the first administrator.
  await page.goto(`${server.url}/`);
  await page.getByLabel('学校名称').fill('示范小学');
  await page.getByLabel('学校代码').fill('SFXX');
  await page.getByLabel('工号').fill(ADMIN.staffNo);
  await page.getByLabel('姓名').fill(ADMIN.name);
  await page.getByLabel('密码', { exact: true }).fill(ADMIN.password);
  await page.getByLabel('确认密码').fill(ADMIN.password);
  await screenshot(page, 'foundation-01-setup');
  await page.getByRole('button', { name: /完成初始化/ }).click();
  await page.getByText('示范小学').first().waitFor();

  // 2. Sign out (a fresh browser session) and sign in again through the login page.
  await desktop.clearCookies();
  await page.goto(`${server.url}/`);
  await page.getByLabel('工号或手机号').fill(ADMIN.staffNo);
  await page.getByLabel('密码', { exact: true }).fill(ADMIN.password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.getByText(ADMIN.name).first().waitFor();
  await screenshot(page, 'foundation-02-home');

  // 3. A building with four floors.
  await page.goto(`${server.url}/org`);
  await page.getByRole('tab', { name: '楼宇' }).click();
  await page.getByRole('button', { name: /新建楼宇/ }).click();
  const modal = page.locator('.ant-modal:visible').last();
  await modal.getByLabel('楼宇名称').fill('教学楼A');
  await modal.getByLabel('地上层数').fill('4');
  await modal.getByRole('button', { name: /确\s*定|保\s*存/ }).click();
  await page.getByRole('cell', { name: '教学楼A' }).first().waitFor();

  // 4. Three classrooms on the first floor in one step.
  await page.goto(`${server.url}/rooms`);
  await page.locator('.ant-tree').getByText('教学楼A').click();
  await page.getByRole('button', { name: /批量新建/ }).click();
  await pick(page, '楼层', '1');
  await page.locator('.ant-modal:visible').last().getByLabel('房间名称').fill('101-103');
  await page.locator('.ant-modal:visible').last().getByRole('button', { name: /确\s*定|保\s*存|新\s*建/ }).click();
  for (const name of ['101', '102', '103']) await page.getByRole('cell', { name, exact: true }).first().waitFor();
  await screenshot(page, 'foundation-03-rooms');

  // 5. Select them and print their QR labels: the server answers with a PDF.
  await page.locator('.ant-table-thead .ant-checkbox-input').first().check();
  await page.getByRole('button', { name: /打印二维码标签/ }).click();
  const labels = page.waitForResponse((r) => r.url().endsWith('/api/v1/qr/labels') && r.request().method() === 'POST');
  const popup = desktop.waitForEvent('page').catch(() => undefined);
  await page.locator('.ant-modal:visible').last().getByRole('button', { name: /生成 PDF/ }).click();
  const pdf = await labels;
  assert.equal(pdf.status(), 200);
  assert.match(pdf.headers()['content-type'] ?? '', /application\/pdf/);
  await (await popup)?.close();

  // Printing gave every room a code; read room 101's from the list the page itself uses.
  const code = await page.evaluate(async () => {
    const res = await fetch('/api/v1/rooms?q=101', { credentials: 'same-origin' });
    const body = (await res.json()) as { items: { name: string; qrCode: string | null }[] };
    return body.items.find((r) => r.name === '101')?.qrCode ?? null;
  });
  assert.ok(code, 'room 101 has a QR code after printing');

  // 6. A phone opens the label's URL: the public page names the room; after signing in, the room page.
  const phone = await phoneContext(browser);
  const m = await phone.newPage();
  await m.goto(`${server.url}/q/${code}`);
  await m.getByText('101').first().waitFor();
  await m.getByText('教学楼A').first().waitFor();
  await screenshot(m, 'foundation-04-phone-scan');
  await m.getByRole('button', { name: /登录后可报修\/查看/ }).click();
  await m.getByPlaceholder('请输入工号或手机号').fill(ADMIN.staffNo);
  await m.getByPlaceholder('请输入密码').fill(ADMIN.password);
  await m.getByRole('button', { name: '登录' }).click();
  await m.getByRole('button', { name: /查看房间/ }).click();
  await m.waitForURL(/\/m\/rooms\/\d+/);
  await m.getByText('101').first().waitFor();
  await m.getByText('教室').first().waitFor();
  await screenshot(m, 'foundation-05-phone-room');
  await phone.close();
  await desktop.close();
});
