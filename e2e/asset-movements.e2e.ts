import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { ApiClient } from '../apps/server/test/api-client.js';
import { DEMO_PASSWORD, type E2eServer, demoWorld, desktopContext, desktopSignIn, phoneContext, phoneSignIn, screenshot, settled } from './lib/index.js';

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

interface LoanDoc { movement: { id: number; version: number; code: string; status: string } }
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

async function api(staffNo: string): Promise<ApiClient> {
  const c = new ApiClient(world.server.url);
  assert.equal((await c.login(staffNo, DEMO_PASSWORD)).status, 200);
  return c;
}

// 申请续借: 李晓梅 (sf-teacher) has an idle card on loan; on her phone she asks for a later due date
// with a reason, the storekeeper grants it on the desktop, and her phone shows the 续借 history.
test('borrower asks for 续借 on the phone → storekeeper grants on the desktop → the phone shows the 续借 history', async () => {
  const teacherApi = await api('sf-teacher');
  const keeperApi = await api('sf-keeper');
  // A teacher borrows idle cards only: the storekeeper marks a free demo card 闲置 first.
  const candidates = (await keeperApi.get<{ items: { id: number; name: string; status: string; blockedReason: string | null }[] }>('/api/v1/asset-movements/candidates?kind=loan&limit=200')).body.items;
  const card = candidates.find((c) => c.blockedReason === null && c.name === '学生计算机');
  assert.ok(card, 'a free demo card to borrow');
  if (card.status !== 'idle') {
    const current = await keeperApi.get<{ version: number }>(`/api/v1/assets/${card.id}`);
    assert.equal((await keeperApi.patch(`/api/v1/assets/${card.id}`, { version: current.body.version, status: 'idle' })).status, 200);
  }
  const created = await teacherApi.post<LoanDoc>('/api/v1/asset-movements', { kind: 'loan', assetIds: [card.id], reason: '公开课录课借用一台计算机', dueDate: inDays(2), submit: true });
  assert.equal(created.status, 200, JSON.stringify(created.body));
  let doc = created.body;
  if (doc.movement.status === 'submitted') {
    doc = (await (await api('sf-principal')).post<LoanDoc>(`/api/v1/asset-movements/${doc.movement.id}/approve`, { version: doc.movement.version })).body;
  }
  const lent = await keeperApi.post<LoanDoc>(`/api/v1/asset-movements/${doc.movement.id}/lend`, { version: doc.movement.version });
  assert.equal(lent.status, 200, JSON.stringify(lent.body));
  const { id, code } = lent.body.movement;

  // On her phone: the loan, 申请续借 with a date and a reason.
  const phone = await (await phoneContext(world.browser)).newPage();
  await phone.goto(`${world.server.url}/m/movements/${id}`);
  await phoneSignIn(phone, 'sf-teacher');
  await phone.waitForURL(new RegExp(`/m/movements/${id}$`));
  await phone.getByText('公开课录课借用一台计算机').waitFor();
  await phone.getByRole('button', { name: '申请续借' }).click();
  await phone.getByPlaceholder(/公开课改期到下周/).fill('录课改到下周三，还需使用一周');
  await settled(phone);
  await screenshot(phone, 'asset-movements-09-phone-request-extension');
  await phone.getByRole('button', { name: '提交申请' }).click();
  await phone.getByText('已提交续借申请，等待保管员处理').waitFor();
  await phone.getByText('待保管员处理', { exact: true }).waitFor();
  await phone.getByText('已提交续借申请，等待保管员处理').waitFor({ state: 'hidden' });
  await settled(phone);
  await screenshot(phone, 'asset-movements-10-phone-request-waiting');

  // The storekeeper opens the loan on the desktop and grants it.
  const keeper = await signedInDesk(world.browser, world.server, 'sf-keeper');
  await keeper.goto(`${world.server.url}/assets/movements?open=${id}`);
  const drawer = keeper.locator('.ant-drawer-content-wrapper:visible');
  await drawer.getByText(/李晓梅 申请续借至/).waitFor();
  await settled(keeper);
  await screenshot(keeper, 'asset-movements-11-desk-extension-request');
  await drawer.getByRole('button', { name: '同意续借' }).click();
  await keeper.locator('.ant-popconfirm').getByRole('button', { name: /确\s*定|OK/ }).click();
  await keeper.getByText(`${code} 已同意续借`).waitFor();
  await drawer.getByText('续借记录').waitFor();
  await drawer.locator('.ant-tag').filter({ hasText: '已同意' }).waitFor();
  await settled(keeper);
  await screenshot(keeper, 'asset-movements-12-desk-extension-granted');

  // Back on her phone: the new due date and the 续借 history (old → new, who, why).
  await phone.reload();
  await phone.getByText(/续借记录（1 次）/).waitFor();
  await phone.getByTestId('loan-extensions').getByText(`归还期限 ${inDays(2)} →`).waitFor();
  await phone.getByText('已同意', { exact: true }).waitFor();
  await settled(phone);
  await screenshot(phone, 'asset-movements-13-phone-extension-history', { fullPage: true });
});
