import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { ApiClient } from '../apps/server/test/api-client.js';
import { DEMO_PASSWORD, type E2eServer, demoWorld, desktopContext, desktopSignIn, phoneContext, screenshot, settled } from './lib/index.js';

// Issue 4's desktop pages on the demo school (示范小学 has 43 cards): the storekeeper finds the piano,
// hands it over to the head of logistics with a reason, sees the handover in the card's 履历, then
// books five new desks in one go and gets consecutive numbers.
const world = demoWorld();

/** The open dialog or drawer (the last one, when a drawer opens a dialog). */
const overlay = (page: Page) => page.locator('.ant-modal:visible, .ant-drawer-content-wrapper:visible').last();

/** Types into a searchable select (users, rooms, the category tree) of the open form and picks the option. */
async function searchAndPick(page: Page, label: string, typed: string, option: string | RegExp): Promise<void> {
  const item = overlay(page).locator('.ant-form-item').filter({ has: page.locator(`label[title="${label}"]`) });
  await item.locator('.ant-select-selector').click();
  await item.locator('input').first().fill(typed);
  await page.locator('.ant-select-dropdown:visible').locator('.ant-select-item-option, .ant-select-tree-treenode').filter({ hasText: option }).first().click();
}

async function signedInDesk(browser: Browser, server: E2eServer, staffNo: string): Promise<Page> {
  const page = await (await desktopContext(browser)).newPage();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await desktopSignIn(page, server, staffNo);
  return page;
}

test('search → open a card → change custody with a reason → see it in 履历 → batch-create 5 desks with consecutive numbers', async () => {
  const desk = await signedInDesk(world.browser, world.server, 'sf-keeper');
  await desk.goto(`${world.server.url}/assets`);
  await desk.getByText('共 43 条').waitFor();
  await screenshot(desk, 'assets-01-ledger');

  // Search by name: only the piano is left.
  await desk.getByLabel('关键词').fill('钢琴');
  await desk.getByRole('button', { name: /查\s*询/ }).click();
  await desk.getByText('共 1 条').waitFor();
  const piano = desk.locator('.ant-table-row').filter({ hasText: '立式钢琴' });
  await piano.getByText('¥26,800.00').first().waitFor();

  // Open the card: grouped fields with value and depreciation.
  await piano.getByRole('button', { name: /^ZC/ }).click();
  const drawer = overlay(desk);
  await drawer.getByText('价值与折旧').waitFor();
  await drawer.getByText('珠江').waitFor();
  await settled(desk);
  await screenshot(desk, 'assets-02-card');

  // Hand it over to 王建国 with a reason.
  await drawer.getByRole('button', { name: '变更保管' }).click();
  await searchAndPick(desk, '使用人', '王建国', '王建国');
  await overlay(desk).getByLabel('变更原因').fill('音乐老师调岗，钢琴移交总务主任保管');
  await settled(desk);
  await screenshot(desk, 'assets-03-custody');
  await overlay(desk).getByRole('button', { name: /确\s*定/ }).click();
  await desk.getByText('已变更保管，履历中已记下原因').waitFor();

  // The card now names the new holder, and its 履历 says who, when and why.
  const card = desk.locator('.ant-drawer-content-wrapper:visible');
  await card.locator('.ant-descriptions-item-content').filter({ hasText: '王建国' }).first().waitFor();
  await card.getByRole('tab', { name: '履历' }).click();
  await card.getByText('原因：音乐老师调岗，钢琴移交总务主任保管').waitFor();
  await card.locator('.ant-tag').filter({ hasText: '变更保管' }).waitFor();
  await screenshot(desk, 'assets-04-history');
  await card.locator('.ant-drawer-close').click();

  // Five identical desks in one go.
  await desk.getByRole('button', { name: '批量新建' }).click();
  const form = overlay(desk);
  await form.getByLabel('资产名称').fill('学生课桌（e2e）');
  await searchAndPick(desk, '资产分类', '6010000-01', '6010000-01 学生课桌椅');
  await form.getByLabel('卡片张数').fill('5');
  await form.getByLabel('原值（元）').fill('380');
  await form.getByLabel('取得日期').fill('2025-09-01');
  await form.getByLabel('取得日期').press('Enter');
  await settled(desk);
  await screenshot(desk, 'assets-05-batch-form');
  await form.getByRole('button', { name: '批量新建' }).click();
  await desk.getByText('已新建 5 张卡片').first().waitFor();
  await settled(desk);
  await screenshot(desk, 'assets-06-batch-done');
  await desk.getByRole('button', { name: '只看这一批' }).click();
  await desk.getByText('共 5 条').waitFor();
  const codes = await desk.locator('.ant-table-row td:first-child').allInnerTexts();
  const sequence = codes.map((c) => Number(/(\d{4})$/.exec(c.trim())?.[1]));
  assert.equal(codes.length, 5);
  assert.deepEqual(sequence, [0, 1, 2, 3, 4].map((i) => sequence[0]! + i), `numbers not consecutive: ${codes.join(', ')}`);
  await screenshot(desk, 'assets-07-batch-list');
});

test('every assets page at desktop and phone size, for the storekeeper, the head and a teacher', async () => {
  const head = new ApiClient(world.server.url);
  assert.equal((await head.login('sf-head', DEMO_PASSWORD)).status, 200);
  const microscopes = await head.get<{ items: { id: number; roomId: number }[] }>(`/api/v1/assets?q=${encodeURIComponent('生物显微镜')}`);
  const microscope = microscopes.body.items[0]!;
  const pages: [string, string, RegExp][] = [
    ['ledger', '/assets', /共 \d+ 条/],
    ['categories', '/assets/categories', /待核实/],
    ['settings', '/assets/settings', /第一张卡片编号/],
    ['depreciation', '/assets/depreciation', /折旧汇总/],
    ['card', `/assets/card/${microscope.id}`, /价值与折旧/],
    ['room-list', `/assets/holders/room/${microscope.roomId}`, /生物显微镜/],
    ['mine', '/assets/mine', /办公电脑/],
  ];
  for (const [size, open] of [['desktop', desktopContext], ['phone', phoneContext]] as const) {
    const page = await (await open(world.browser)).newPage();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await desktopSignIn(page, world.server, 'sf-head');
    for (const [name, path, ready] of pages) {
      await page.goto(`${world.server.url}${path}`);
      await page.getByText(ready).first().waitFor();
      // A drawer covers only the window, so the card is shot as the phone shows it.
      await screenshot(page, `assets-${size}-${name}`, { fullPage: size === 'phone' && name !== 'card' });
    }
    await page.context().close();
  }

  // The room's drawer lists what is kept in it.
  const office = await signedInDesk(world.browser, world.server, 'sf-head');
  await office.goto(`${world.server.url}/rooms`);
  await office.getByLabel('关键词').fill('科学实验室');
  await office.getByRole('button', { name: /查\s*询/ }).click();
  // 示范小学 has two; the microscopes are in the one on the east campus.
  await office.locator('.ant-table-row').filter({ hasText: '东校区教学楼' }).getByRole('button', { name: '科学实验室' }).click();
  await office.locator('.ant-drawer-content-wrapper:visible').getByRole('tab', { name: '资产' }).click();
  await office.locator('.ant-drawer-content-wrapper:visible').getByText('生物显微镜').first().waitFor();
  await screenshot(office, 'assets-room-drawer');

  // 计提 books every missing month once: the report fills in, and a second press books nothing.
  await office.goto(`${world.server.url}/assets/depreciation`);
  // While a run is under way the button's name is "loading 计提", so it is found by what it is, once idle.
  const runButton = office.locator('.ant-card').filter({ hasText: '计提折旧' }).locator('button.ant-btn-primary:not(.ant-btn-loading)');
  for (const expected of [/已计提到 \d{4}-\d{2}：\d+ 张卡片/, /都已计提过，这次没有新增记账/]) {
    await runButton.click();
    await office.locator('.ant-popover:visible').getByRole('button', { name: /计\s*提/ }).click();
    await office.getByText(expected).waitFor();
  }
  await office.locator('.ant-table-summary').getByText(/¥[1-9]/).first().waitFor();
  await screenshot(office, 'assets-desktop-depreciation-booked');

  // Once booked, the card's value fields are locked and the form says why.
  await office.goto(`${world.server.url}/assets/card/${microscope.id}`);
  await office.locator('.ant-drawer-content-wrapper:visible').getByText(/已提月数/).waitFor();
  await office.locator('.ant-drawer-content-wrapper:visible').getByRole('button', { name: /编\s*辑/ }).click();
  await office.getByText('已计提折旧，分类、原值、数量、日期、折旧年限和资产性质不能直接修改').waitFor();
  assert.equal(await office.locator('.ant-drawer-content-wrapper:visible').last().getByLabel('原值（元）').isDisabled(), true);
  await settled(office);
  await screenshot(office, 'assets-desktop-edit-locked');

  // A teacher sees only their own cards and their own list, and no 新建.
  const teacher = await signedInDesk(world.browser, world.server, 'sf-teacher');
  await teacher.goto(`${world.server.url}/assets/mine`);
  await teacher.getByText('笔记本电脑').first().waitFor();
  await screenshot(teacher, 'assets-teacher-mine');
  await teacher.goto(`${world.server.url}/assets`);
  await teacher.getByText(/共 \d+ 条/).waitFor();
  assert.equal(await teacher.getByRole('button', { name: '新建卡片' }).count(), 0);
  await screenshot(teacher, 'assets-teacher-ledger');
});
