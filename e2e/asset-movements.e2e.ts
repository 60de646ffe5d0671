import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { type E2eServer, demoWorld, desktopContext, desktopSignIn, phoneContext, phoneSignIn, screenshot, settled } from './lib/index.js';

// Issue 4's 调拨 on the demo school: the storekeeper moves two microscopes from the science lab to
// 一(1)班教室 for 李晓梅 (sf-teacher), the principal approves, the teacher confirms receipt on the
// phone standing in her classroom, and the card then names her and the new place, with the transfer in its 履历.
const world = demoWorld();

const overlay = (page: Page) => page.locator('.ant-modal:visible, .ant-drawer-content-wrapper:visible').last();

async function searchAndPick(page: Page, label: string, typed: string, option: string | RegExp): Promise<void> {
  const item = overlay(page).locator('.ant-form-item').filter({ has: page.locator(`label[title="${label}"]`) });
  await item.locator('.ant-select-selector').first().click();
  await item.locator('input').first().fill(typed);
  await page.locator('.ant-select-dropdown:visible').locator('.ant-select-item-option:not(.ant-select-item-option-disabled)').filter({ hasText: option }).first().click();
}

async function signedInDesk(browser: Browser, server: E2eServer, staffNo: string): Promise<Page> {
  const page = await (await desktopContext(browser)).newPage();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await desktopSignIn(page, server, staffNo);
  return page;
}

test('storekeeper transfers two cards → principal approves → teacher confirms on the phone → the card shows the new place and 履历', async () => {
  const keeper = await signedInDesk(world.browser, world.server, 'sf-keeper');
  await keeper.goto(`${world.server.url}/assets/movements`);
  await keeper.getByText('还没有调拨、借用或退库单').waitFor();
  await screenshot(keeper, 'asset-movements-01-empty');

  // A transfer of two microscopes to 一(1)班教室, received by 李晓梅.
  await keeper.getByRole('button', { name: '新建单据' }).click();
  const form = overlay(keeper);
  await form.getByText('调拨：资产换使用人').waitFor();
  await searchAndPick(keeper, '资产', '显微镜', '生物显微镜');
  await searchAndPick(keeper, '资产', '显微镜', '生物显微镜');
  await form.getByText('已选 2 件').waitFor();
  await searchAndPick(keeper, '接收人', '李晓梅', '李晓梅');
  await searchAndPick(keeper, '接收地点', '一(1)班', '一(1)班教室');
  await form.getByLabel('事由').fill('科学课分组实验，显微镜调给一(1)班使用');
  await settled(keeper);
  await screenshot(keeper, 'asset-movements-02-form');
  await form.getByRole('button', { name: '提 交' }).or(form.getByRole('button', { name: '提交' })).first().click();
  await keeper.getByText(/已提交调拨单 DB\d{4}-\d{4}/).waitFor();
  const drawer = keeper.locator('.ant-drawer-content-wrapper:visible');
  await drawer.locator('.ant-tag').filter({ hasText: '待审批' }).waitFor();
  await drawer.getByText('生物显微镜').first().waitFor();
  await settled(keeper);
  await screenshot(keeper, 'asset-movements-03-submitted');
  const code = (await drawer.locator('.ant-drawer-title').innerText()).match(/DB\d{4}-\d{4}/)?.[0];
  assert.ok(code, 'the document has a number');

  // The principal finds it under 待我审批 and approves.
  const principal = await signedInDesk(world.browser, world.server, 'sf-principal');
  await principal.goto(`${world.server.url}/assets/movements`);
  await principal.getByRole('tab', { name: '待我审批' }).or(principal.getByText('待我审批', { exact: true })).first().click();
  await principal.getByRole('button', { name: code }).click();
  const pDrawer = principal.locator('.ant-drawer-content-wrapper:visible');
  await pDrawer.getByRole('button', { name: '审批通过' }).click();
  await principal.locator('.ant-popconfirm').getByRole('button', { name: /确\s*定|OK/ }).click();
  await pDrawer.locator('.ant-tag').filter({ hasText: '待接收' }).waitFor();
  await settled(principal);
  await screenshot(principal, 'asset-movements-04-approved');

  // The teacher, in her classroom, confirms on the phone.
  const phone = await (await phoneContext(world.browser)).newPage();
  await phone.goto(`${world.server.url}/m/movements`);
  await phoneSignIn(phone, 'sf-teacher');
  await phone.waitForURL(/\/m\/movements$/);
  await phone.getByText('生物显微镜 ×2').waitFor();
  await screenshot(phone, 'asset-movements-05-phone-list');
  await phone.getByText('生物显微镜 ×2').click();
  await phone.getByText('科学课分组实验').waitFor();
  await screenshot(phone, 'asset-movements-06-phone-confirm');
  await phone.getByPlaceholder(/备注/).fill('已收到两台，完好');
  await phone.getByRole('button', { name: '确认接收' }).click();
  await phone.getByText('已确认接收，资产已转到您名下').waitFor();
  await phone.getByText('已完成').first().waitFor();
  await phone.getByText(/现在：李晓梅.*一\(1\)班教室/).first().waitFor();
  await screenshot(phone, 'asset-movements-07-phone-done');

  // Back on the desktop: the card names her and the classroom, and its 履历 has the transfer.
  await keeper.goto(`${world.server.url}/assets`);
  await keeper.getByLabel('关键词').fill('显微镜');
  await keeper.getByRole('button', { name: /查\s*询/ }).click();
  const row = keeper.locator('.ant-table-row').filter({ hasText: '李晓梅' }).first();
  await row.getByText(/一\(1\)班教室/).waitFor();
  await row.getByRole('button', { name: /^ZC/ }).click();
  const card = keeper.locator('.ant-drawer-content-wrapper:visible');
  await card.locator('.ant-descriptions-item-content').filter({ hasText: '李晓梅' }).first().waitFor();
  await card.getByRole('tab', { name: '履历' }).click();
  await card.locator('.ant-tag').filter({ hasText: '调拨' }).first().waitFor();
  await card.getByText(new RegExp(`${code}.*科学课分组实验`)).first().waitFor();
  await settled(keeper);
  await screenshot(keeper, 'asset-movements-08-card-history');
});
