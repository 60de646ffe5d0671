import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { ApiClient } from '../apps/server/test/api-client.js';
import { DEMO_PASSWORD, cameraPhoto, demoWorld, desktopContext, desktopSignIn, phoneContext, phoneSignIn, screenshot, settled } from './lib/index.js';

// Issue 4, journey 4 in the storeroom: a counter whose phone has no camera (plain headless Chromium: no
// device, so the scanner cannot start) still does everything from the manual path. She registers a card
// as 损坏 by searching its number and photographs it, then records a 盘盈 without a label — 3 把旧木椅 in
// her room — with a photo. The storekeeper sees both photos in the desktop results, finishes, reconciles
// and finds one 盘盈 proposal saying ×3 with its photo beside it.
const world = demoWorld();

interface Card { id: number; name: string; code: string }

async function confirmPop(page: Page): Promise<void> {
  await page.locator('.ant-popover:visible').getByRole('button', { name: /确\s*定/ }).click();
}

test('a counter without a camera records a damaged card and a 盘盈 ×3 with photos → the approver sees them', async () => {
  const keeper = new ApiClient(world.server.url);
  assert.equal((await keeper.login('sf-keeper', DEMO_PASSWORD)).status, 200);
  const rooms = await keeper.get<{ items: { id: number; name: string }[] }>(`/api/v1/rooms?q=${encodeURIComponent('一(1)班教室')}`);
  const room = rooms.body.items.find((r) => r.name === '一(1)班教室');
  assert.ok(room);
  const cards = (await keeper.get<{ items: Card[] }>(`/api/v1/assets?roomId=${room.id}&pageSize=50`)).body.items;
  const damagedCard = cards[0];
  assert.ok(damagedCard);
  const teacher = (await keeper.get<{ items: { id: number; staffNo: string }[] }>('/api/v1/users?q=sf-teacher')).body.items.find((u) => u.staffNo === 'sf-teacher');
  assert.ok(teacher);
  const opened = await keeper.post<{ stocktake: { id: number } }>('/api/v1/asset-stocktakes', { name: '一(1)班期末盘点', scopeKind: 'room', scopeIds: [room.id], counterIds: [teacher.id] });
  assert.equal(opened.status, 200, JSON.stringify(opened.body));
  const id = opened.body.stocktake.id;

  // 1. The teacher's phone: no camera, so the page points her to 手工查找 and 登记盘盈.
  const phone = await (await phoneContext(world.browser)).newPage();
  await phone.goto(`${world.server.url}/m/login`);
  await phoneSignIn(phone, 'sf-teacher');
  await phone.waitForURL(/\/m$/);
  await phone.goto(`${world.server.url}/m/stocktakes`);
  await phone.getByText('一(1)班期末盘点').click();
  await phone.getByText(/相机无法打开|不能网页扫码|没有相机权限/).waitFor();
  await phone.getByRole('button', { name: '选择房间' }).click();
  await phone.locator('.adm-picker-header-button').filter({ hasText: '确定' }).click();
  await phone.getByRole('button', { name: '教学楼A 1层 一(1)班教室', exact: true }).waitFor();

  // 2. A damaged desk, found by its number, registered and photographed.
  await phone.locator('.m-st-condition').getByText('损坏', { exact: true }).click();
  await phone.getByPlaceholder('输入资产编号或名称').fill(damagedCard.code);
  await phone.locator('.m-st-search .adm-list-item').filter({ hasText: damagedCard.code }).getByRole('button', { name: '登记' }).click();
  await phone.locator('.m-st-line').filter({ hasText: damagedCard.code }).first().waitFor();
  const scanned = phone.locator('.m-st-lists .adm-list-item').filter({ hasText: damagedCard.code });
  await scanned.getByText('损坏').waitFor();
  await scanned.locator('input[type=file]').setInputFiles(await cameraPhoto('#8b5a2b'));
  await scanned.locator('.m-st-photo img').waitFor();

  // 3. 登记盘盈: 3 把旧木椅 with no label, in this room, with a photo.
  await phone.getByRole('button', { name: /登记盘盈/ }).click();
  const sheet = phone.locator('.adm-popup-body:visible');
  await sheet.getByText('所在房间').waitFor();
  await sheet.getByRole('button', { name: '保存' }).click();
  await sheet.getByText('请填写物品名称').waitFor();
  await sheet.getByPlaceholder('如：旧木椅、铁皮柜').fill('旧木椅');
  await sheet.locator('.adm-stepper input').fill('3');
  await sheet.getByPlaceholder(/选填/).fill('靠后墙堆放，无标签');
  await sheet.locator('input[type=file]').setInputFiles(await cameraPhoto('#c49a6c'));
  await sheet.locator('.m-st-photo img').waitFor();
  await sheet.getByText('教学楼A 1层 一(1)班教室').waitFor();
  await screenshot(phone, 'stocktake-extras-01-phone-sheet');
  await sheet.getByRole('button', { name: '保存' }).click();
  const extra = phone.locator('.m-st-extras .adm-list-item').filter({ hasText: '旧木椅' });
  await extra.getByText('×3').waitFor();
  await extra.locator('.m-st-photo img').waitFor();
  await phone.getByText('已登记盘盈：旧木椅 ×3').waitFor();
  await phone.getByText('已登记盘盈：旧木椅 ×3').waitFor({ state: 'hidden' });
  await phone.evaluate('window.scrollTo(0, 0)');
  await screenshot(phone, 'stocktake-extras-02-phone-list', { fullPage: true });

  const listed = await keeper.get<{ items: { name: string; quantity: number; photos: unknown[] }[] }>(`/api/v1/asset-stocktakes/${id}/extras`);
  assert.deepEqual(listed.body.items.map((e) => [e.name, e.quantity, e.photos.length]), [['旧木椅', 3, 1]]);

  // 4. The storekeeper's desktop: both photos in the results.
  const desk = await (await desktopContext(world.browser)).newPage();
  await desk.emulateMedia({ reducedMotion: 'reduce' });
  await desktopSignIn(desk, world.server, 'sf-keeper');
  await desk.goto(`${world.server.url}/assets/stocktakes`);
  await desk.getByText('1/12 件').first().waitFor();
  await desk.getByRole('tab', { name: '结果' }).click();
  await desk.getByRole('tab', { name: /状况异常 1/ }).click();
  await desk.locator('.ant-table-row').filter({ hasText: damagedCard.code }).locator('img').waitFor();
  await desk.getByRole('tab', { name: /盘盈（无卡） 1/ }).click();
  const extraRow = desk.locator('.ant-table-row').filter({ hasText: '旧木椅' });
  await extraRow.locator('img').waitFor();
  await extraRow.getByText('靠后墙堆放，无标签').waitFor();
  await settled(desk);
  await screenshot(desk, 'stocktake-extras-03-desktop-results', { fullPage: true });

  // 5. Finish, reconcile: one 盘盈 proposal saying ×3, its photo beside it for the approver.
  await desk.getByRole('button', { name: '结束清点' }).click();
  await confirmPop(desk);
  await desk.getByText('已结束清点，可以开始核对').waitFor();
  await desk.getByRole('button', { name: '核对，生成调整建议' }).click();
  await desk.getByText('已生成调整建议，请审批').waitFor();
  await desk.getByRole('tab', { name: /调整建议/ }).click();
  const surplus = desk.locator('.ant-tabs-tabpane-active .ant-table-row').filter({ hasText: '旧木椅 ×3' });
  await surplus.locator('img').waitFor();
  await desk.locator('.ant-tabs-tabpane-active .ant-table-row').filter({ hasText: damagedCard.code }).filter({ hasText: '状况异常' }).locator('img').waitFor();
  await surplus.locator('.ant-image').click();
  await desk.locator('.ant-image-preview-img').waitFor();
  await settled(desk);
  await screenshot(desk, 'stocktake-extras-04-preview');
  await desk.keyboard.press('Escape');
  await desk.locator('.ant-image-preview-img').waitFor({ state: 'hidden' });
  await desk.mouse.move(0, 0);
  await desk.evaluate('window.scrollTo(0, 0)');
  await settled(desk);
  await screenshot(desk, 'stocktake-extras-05-adjustments', { fullPage: true });

  const adj = await keeper.get<{ items: { kind: string; quantity: number; photos: unknown[] }[] }>(`/api/v1/asset-stocktakes/${id}/adjustments`);
  const proposals = adj.body.items.filter((a) => a.kind === 'surplus');
  assert.deepEqual(proposals.map((a) => [a.quantity, a.photos.length]), [[3, 1]]);
});
