import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { ApiClient } from '../apps/server/test/api-client.js';
import { DEMO_PASSWORD, cameraPhoto, demoWorld, desktopContext, desktopSignIn, phoneContext, phoneSignIn, screenshot } from './lib/index.js';

// Issue 4, journeys 2 and 3 on the demo school: the storekeeper prints the asset labels of 一(1)班教室
// (12 cards), a stranger scans one and sees only name, number and place, the class teacher signs in and
// reports its fault with the card filled in; then the storekeeper opens the term-start check and the
// teacher (一(1)班 班主任) ticks off the room on the phone, flags a damaged desk, signs and submits.
const world = demoWorld();

/** Pages in a PDF written by pdfkit: one "/Type /Page" object each. */
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;

async function drawSignature(page: Page): Promise<void> {
  const pad = page.getByTestId('signature-pad');
  await pad.scrollIntoViewIfNeeded();
  const box = await pad.boundingBox();
  if (!box) throw new Error('signature pad not visible');
  await page.mouse.move(box.x + 30, box.y + 100);
  await page.mouse.down();
  for (const [dx, dy] of [[60, -50], [110, 20], [170, -40], [240, 30], [300, -20]] as const) await page.mouse.move(box.x + dx, box.y + 90 + dy, { steps: 4 });
  await page.mouse.up();
}

test('print a room\'s asset labels → scan one → report its fault → 期初清点 on the phone → progress on the desktop', async () => {
  const keeper = new ApiClient(world.server.url);
  assert.equal((await keeper.login('sf-keeper', DEMO_PASSWORD)).status, 200);
  const rooms = await keeper.get<{ items: { id: number; name: string }[] }>(`/api/v1/rooms?q=${encodeURIComponent('一(1)班教室')}`);
  const room = rooms.body.items.find((r) => r.name === '一(1)班教室');
  assert.ok(room);

  // 1. Labels for every card in the room: 12 cards on one A4 sheet of 24, each card linked to a code.
  const pdf = await keeper.post('/api/v1/assets/labels', { roomId: room.id, layout: 'a4-3x8' });
  assert.equal(pdf.status, 200);
  assert.equal(pdf.headers.get('content-type'), 'application/pdf');
  assert.equal(pdf.headers.get('x-label-count'), '12');
  assert.equal(pageCount(pdf.raw), 1);
  const cards = await keeper.get<{ items: { id: number; name: string; code: string; qrCode: string | null }[] }>(`/api/v1/assets?roomId=${room.id}&q=${encodeURIComponent('智能平板')}`);
  const board = cards.body.items[0];
  assert.ok(board?.qrCode);

  // 2. A stranger scans the board's label: name, number and place, and 报修 behind a sign-in.
  const phone = await (await phoneContext(world.browser)).newPage();
  await phone.goto(`${world.server.url}/q/${board.qrCode}`);
  await phone.getByText(`交互式智能平板 86寸（${board.code}）`).waitFor();
  await phone.getByText('一(1)班教室').first().waitFor();
  assert.equal(await phone.getByText('12,800').count(), 0, 'no value shown to strangers');
  await screenshot(phone, 'asset-labels-01-public-scan');
  await phone.getByRole('button', { name: '报修（需登录）' }).click();
  await phoneSignIn(phone, 'sf-teacher');

  // 3. Signed in, the same label offers 报修 with the board filled in.
  await phone.getByRole('button', { name: '查看资产' }).waitFor();
  await screenshot(phone, 'asset-labels-02-signed-in-scan');
  await phone.getByRole('button', { name: '报修' }).click();
  await phone.waitForURL(/\/m\/repair\/new\?assetId=/);
  await phone.getByText('交互式智能平板 86寸').first().waitFor();
  await phone.getByText('电', { exact: true }).click();
  await phone.getByPlaceholder('例如：投影仪开机后没有画面').fill('平板触摸失灵，右下角点不动');
  await phone.locator('input[type=file]').setInputFiles(await cameraPhoto('#334455'));
  await phone.locator('img').first().waitFor();
  await screenshot(phone, 'asset-labels-03-report');
  await phone.getByRole('button', { name: '提交报修' }).click();
  await phone.getByText('报修已提交').waitFor();

  // The phone asset card: number, place, status and the report in its recent history.
  await phone.goto(`${world.server.url}/m/assets/${board.id}`);
  await phone.getByText(`编号 ${board.code}`).waitFor();
  await phone.getByRole('button', { name: '报修' }).waitFor();
  await screenshot(phone, 'asset-labels-04-asset-card', { fullPage: true });

  // 4. The storekeeper opens the term-start check for the whole school.
  const opened = await keeper.post<{ round: { id: number; roomsTotal: number } }>('/api/v1/asset-check-rounds', { name: '2026 秋季学期期初清点', dueDate: '2026-12-01' });
  assert.equal(opened.status, 200, JSON.stringify(opened.body));

  // 5. The class teacher checks the room on the phone: all 12 present, one desk damaged, signs, submits.
  await phone.goto(`${world.server.url}/m/asset-checks`);
  await phone.getByText('一(1)班教室').click();
  await phone.getByText('清单（12 件）').waitFor();
  const items = phone.locator('.m-check-item');
  assert.equal(await items.count(), 12);
  for (let i = 0; i < 12; i++) await items.nth(i).getByRole('button', { name: '在', exact: true }).click();
  const desk = items.filter({ hasText: '学生课桌椅' }).first();
  await desk.getByRole('button', { name: '损坏' }).click();
  await desk.getByPlaceholder(/说明/).fill('桌面开裂');
  await phone.getByText('损坏/待修 1').waitFor();
  await screenshot(phone, 'asset-check-01-ticking');
  await phone.getByRole('button', { name: '添加账外物品' }).click();
  await phone.getByPlaceholder('物品名称').fill('旧落地扇');
  await drawSignature(phone);
  await phone.getByText('已签名').waitFor();
  await screenshot(phone, 'asset-check-02-signed');
  await phone.getByRole('button', { name: '签字提交' }).click();
  await phone.getByRole('button', { name: '重新提交（更正）' }).waitFor();
  await screenshot(phone, 'asset-check-03-submitted');

  // 6. The storekeeper's desktop: the round's progress and the room's result.
  const deskPage = await (await desktopContext(world.browser)).newPage();
  await desktopSignIn(deskPage, world.server, 'sf-keeper');
  await deskPage.goto(`${world.server.url}/assets/checks`);
  await deskPage.getByText(`1/${opened.body.round.roomsTotal} 个房间`).waitFor();
  const row = deskPage.locator('.ant-table-row').filter({ hasText: '一(1)班教室' });
  await row.getByText('已提交').waitFor();
  await screenshot(deskPage, 'asset-check-04-desktop-progress');
  await row.getByRole('button', { name: '查看结果' }).click();
  await deskPage.locator('.ant-drawer').getByText('桌面开裂').waitFor();
  await deskPage.locator('.ant-drawer').getByText('旧落地扇').waitFor();
  await screenshot(deskPage, 'asset-check-05-desktop-result');

  const history = await keeper.get<{ items: { kind: string; note: string | null }[] }>(`/api/v1/assets/${board.id}/history`);
  assert.ok(history.body.items.some((e) => e.kind === 'check'), 'the check is on the card\'s timeline');
});
