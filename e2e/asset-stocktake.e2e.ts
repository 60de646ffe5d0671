import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { ApiClient } from '../apps/server/test/api-client.js';
import { launchCameraBrowser, writeQrVideo } from './lib/fake-camera.js';
import { DEMO_PASSWORD, demoWorld, desktopContext, desktopSignIn, phoneContext, phoneSignIn, screenshot, settled } from './lib/index.js';

// Issue 4, journey 4 on the demo school: the storekeeper opens a stocktake of 一(1)班教室 (12 cards) with two
// counters; 李晓梅 and 王建国 scan at the same time, each on a phone whose camera films printed labels
// (Chromium's fake camera playing a Y4M made from real label URLs, decoded by jsQR since headless
// Chromium has no BarcodeDetector): each a card of their own plus one they both film, counted once.
// The storekeeper watches progress, finishes, reconciles, approves, closes and reads the 帐实相符率.
const world = demoWorld();

interface Card { id: number; name: string; code: string; qrCode: string | null }

const overlay = (page: Page) => page.locator('.ant-modal:visible').last();

async function pick(page: Page, label: string, typed: string, option: string | RegExp): Promise<void> {
  const item = overlay(page).locator('.ant-form-item').filter({ has: page.locator(`label[title="${label}"]`) });
  await item.locator('.ant-select-selector').click();
  await item.locator('input').first().fill(typed);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: option }).first().click();
}

async function confirmPop(page: Page): Promise<void> {
  await page.locator('.ant-popover:visible').getByRole('button', { name: /确\s*定/ }).click();
}

/** A phone whose camera films `labels` in turn, signed in and on the stocktake's scan page in 一(1)班教室. */
async function scanningPhone(browser: Browser, staffNo: string, stocktakeId: number): Promise<Page> {
  const page = await (await phoneContext(browser)).newPage();
  await page.goto(`${world.server.url}/m/login`);
  await phoneSignIn(page, staffNo);
  await page.waitForURL(/\/m$/);
  await page.goto(`${world.server.url}/m/stocktakes`);
  await page.getByText('2026 一(1)班资产盘点').click();
  await page.getByText('我在哪个房间').waitFor();
  await page.getByRole('button', { name: '选择房间' }).click();
  await page.locator('.adm-picker-header-button').filter({ hasText: '确定' }).click();
  await page.getByRole('button', { name: '教学楼A 1层 一(1)班教室', exact: true }).waitFor();
  return page;
}

const line = (page: Page, code: string, outcome: RegExp) => page.locator('.m-st-line').filter({ hasText: code }).filter({ hasText: outcome }).first();

test('two counters scan at the same time → counted once → finish → reconcile → approve → close → 帐实相符率', async () => {
  const keeper = new ApiClient(world.server.url);
  assert.equal((await keeper.login('sf-keeper', DEMO_PASSWORD)).status, 200);
  const rooms = await keeper.get<{ items: { id: number; name: string }[] }>(`/api/v1/rooms?q=${encodeURIComponent('一(1)班教室')}`);
  const room = rooms.body.items.find((r) => r.name === '一(1)班教室');
  assert.ok(room);
  // The room's labels are printed (each card gets its code), as they would be before a stocktake.
  assert.equal((await keeper.post('/api/v1/assets/labels', { roomId: room.id, layout: 'a4-3x8' })).status, 200);
  const cards = (await keeper.get<{ items: Card[] }>(`/api/v1/assets?roomId=${room.id}&pageSize=50`)).body.items;
  assert.equal(cards.length, 12);
  const [mine, theirs, shared] = [cards[0], cards[1], cards[2]] as [Card, Card, Card];
  const url = (c: Card) => `${world.server.url}/q/${c.qrCode}`;
  const [videoA, videoB] = await Promise.all([
    writeQrVideo('stocktake-teacher', [url(mine), url(shared)]),
    writeQrVideo('stocktake-head', [url(theirs), url(shared)]),
  ]);

  // 1. The storekeeper opens the stocktake on the desktop: scope 一(1)班教室, two counters.
  const desk = await (await desktopContext(world.browser)).newPage();
  await desk.emulateMedia({ reducedMotion: 'reduce' });
  await desktopSignIn(desk, world.server, 'sf-keeper');
  await desk.goto(`${world.server.url}/assets/stocktakes`);
  await desk.getByText('还没有盘点').waitFor();
  await desk.getByRole('button', { name: '新建盘点' }).click();
  await overlay(desk).getByLabel('盘点名称').fill('2026 一(1)班资产盘点');
  await overlay(desk).getByText('房间', { exact: true }).click();
  await pick(desk, '选择房间', '一(1)班', '一(1)班教室');
  await pick(desk, '盘点人', '李晓梅', '李晓梅');
  await pick(desk, '盘点人', '王建国', '王建国');
  await overlay(desk).getByText('说明', { exact: true }).click();
  await desk.locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden' });
  await settled(desk);
  await screenshot(desk, 'stocktake-01-new');
  await overlay(desk).getByRole('button', { name: '发起盘点' }).click();
  await desk.getByText('已发起盘点，应盘 12 件').waitFor();
  const list = await keeper.get<{ items: { id: number }[] }>('/api/v1/asset-stocktakes');
  const id = Number(list.body.items[0]?.id);

  // 2. Two phones scan at the same time; the card both film is counted once.
  const [camA, camB] = await Promise.all([launchCameraBrowser(videoA), launchCameraBrowser(videoB)]);
  try {
    const [teacher, head] = await Promise.all([scanningPhone(camA, 'sf-teacher', id), scanningPhone(camB, 'sf-head', id)]);
    await Promise.all([
      line(teacher, mine.code, /已盘/).waitFor({ timeout: 45_000 }),
      line(head, theirs.code, /已盘/).waitFor({ timeout: 45_000 }),
      line(teacher, shared.code, /已盘|重复/).waitFor({ timeout: 45_000 }),
      line(head, shared.code, /已盘|重复/).waitFor({ timeout: 45_000 }),
    ]);
    await teacher.getByText(/已盘 3 \/ 12 件|已盘 2 \/ 12 件/).first().waitFor();
    await screenshot(teacher, 'stocktake-02-phone-teacher', { fullPage: true });
    await screenshot(head, 'stocktake-03-phone-head', { fullPage: true });
    const detail = await keeper.get<{ stocktake: { scannedCount: number } }>(`/api/v1/asset-stocktakes/${id}`);
    assert.equal(detail.body.stocktake.scannedCount, 3, 'the card both counters filmed counts once');
    const scans = await keeper.get<{ total: number }>(`/api/v1/asset-stocktakes/${id}/scans`);
    assert.equal(scans.body.total, 3);
  } finally {
    await Promise.all([camA.close(), camB.close()]);
  }

  // 3. The desktop follows progress (polling), finishes counting and reconciles.
  await desk.getByText('3/12 件').waitFor();
  await desk.getByText('按盘点人').waitFor();
  await screenshot(desk, 'stocktake-04-progress', { fullPage: true });
  await desk.getByRole('button', { name: '结束清点' }).click();
  await confirmPop(desk);
  await desk.getByText('已结束清点，可以开始核对').waitFor();
  await desk.getByRole('button', { name: '核对，生成调整建议' }).click();
  await desk.getByText('已生成调整建议，请审批').waitFor();

  // 4. Approve every proposal (the nine cards not found become 待处置), close, read the report.
  await desk.getByRole('tab', { name: /调整建议/ }).click();
  await desk.locator('.ant-table-row').filter({ hasText: '盘亏' }).first().waitFor();
  await desk.locator('.ant-tabs-tabpane-active .ant-table-thead .ant-checkbox-input').click();
  await screenshot(desk, 'stocktake-05-adjustments', { fullPage: true });
  await desk.getByRole('button', { name: /批准所选/ }).click();
  await desk.getByText(/已批准 \d+ 条，剩余 0 条待审批/).waitFor();
  await desk.getByRole('button', { name: '结束盘点' }).click();
  await confirmPop(desk);
  await desk.getByText('盘点已结束').waitFor();
  await desk.getByRole('tab', { name: '报告' }).click();
  await desk.getByText('25.0%').first().waitFor();
  await settled(desk);
  await screenshot(desk, 'stocktake-06-report', { fullPage: true });

  const report = await keeper.get<{ matchRate: number; missingCount: number }>(`/api/v1/asset-stocktakes/${id}/report`);
  assert.equal(report.body.matchRate, 0.25);
  assert.equal(report.body.missingCount, 9);
  const lost = cards.find((c) => ![mine.id, theirs.id, shared.id].includes(c.id));
  assert.ok(lost);
  const history = await keeper.get<{ items: { kind: string }[] }>(`/api/v1/assets/${lost.id}/history`);
  assert.ok(history.body.items.some((e) => e.kind === 'stocktake_adjustment'), 'the approved 盘亏 is on the card\'s timeline');
  assert.equal((await keeper.get(`/api/v1/assets/${lost.id}`)).body.status, 'pending_disposal');
});
