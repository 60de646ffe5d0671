import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ApiClient } from '../apps/server/test/api-client.js';
import { DEMO_PASSWORD, cameraPhoto, demoWorld, desktopContext, desktopSignIn, phoneContext, phoneSignIn, screenshot } from './lib/index.js';

// Issue 3's journey on phones, on the demo school: a teacher scans the classroom label and reports
// with a photo, the head of logistics dispatches from the desktop board, the technician works the job from the queue,
// the teacher signs it off with stars.
const world = demoWorld();

test('scan → report with photo → dispatch → accept, start, complete → 验收 with stars', async () => {
  // Arrange: the head of logistics prints the label of 一(1)班教室, which gives it a QR code.
  const head = new ApiClient(world.server.url);
  assert.equal((await head.login('sf-head', DEMO_PASSWORD)).status, 200);
  const rooms = await head.get<{ items: { id: number; name: string }[] }>(`/api/v1/rooms?q=${encodeURIComponent('一(1)班')}`);
  const room = rooms.body.items[0]!;
  assert.equal((await head.post('/api/v1/qr/labels', { roomIds: [room.id], layout: 'a4-3x8' })).status, 200);
  const code = (await head.get<{ qrCode: string }>(`/api/v1/rooms/${room.id}`)).body.qrCode;

  // 1. The teacher scans the label, signs in, and reports with a photo.
  const teacherCtx = await phoneContext(world.browser);
  const teacher = await teacherCtx.newPage();
  await teacher.goto(`${world.server.url}/q/${code}`);
  await teacher.getByRole('button', { name: /登录后可报修/ }).click();
  await phoneSignIn(teacher, 'sf-teacher');
  await teacher.getByRole('button', { name: '报修' }).click();
  await teacher.getByText(room.name).first().waitFor();
  // The classroom's assets are offered to say which one is broken (optional; the lights are not on the books).
  await teacher.getByText('不指定设备').click();
  await teacher.getByText('交互式智能平板 86寸').first().waitFor();
  await screenshot(teacher, 'repairs-01a-asset-picker');
  await teacher.locator('.adm-check-list-item', { hasText: '不指定设备' }).click();
  await teacher.getByText('电', { exact: true }).click();
  await teacher.getByPlaceholder('例如：投影仪开机后没有画面').fill('讲台上方两根灯管不亮，黑板反光看不清');
  await teacher.locator('input[type=file]').setInputFiles(await cameraPhoto('#8899aa'));
  await teacher.locator('img').first().waitFor();
  await screenshot(teacher, 'repairs-01-report');
  await teacher.getByRole('button', { name: '提交报修' }).click();
  await teacher.getByRole('button', { name: '查看报修单' }).click();
  await teacher.waitForURL(/\/m\/repairs\/\d+/);
  const requestId = Number(/\/m\/repairs\/(\d+)/.exec(teacher.url())?.[1]);

  // 2. The head of logistics finds it on the desktop dispatch board and sends it to the technician.
  const headCtx = await desktopContext(world.browser);
  const desk = await headCtx.newPage();
  await desktopSignIn(desk, world.server, 'sf-head');
  await desk.goto(`${world.server.url}/repairs/board`);
  const row = desk.locator('tr', { hasText: '讲台上方两根灯管不亮' });
  await row.getByRole('checkbox').check();
  await desk.getByRole('button', { name: /批量派单（1）/ }).click();
  await desk.getByRole('dialog').locator('.ant-select').click();
  await desk.locator('.ant-select-item-option', { hasText: '张国强' }).first().click();
  await screenshot(desk, 'repairs-02a-dispatch-board');
  await desk.getByRole('dialog').getByRole('button', { name: /确\s*定/ }).click();
  await row.getByText('待接单').waitFor();
  await screenshot(desk, 'repairs-02b-dispatched');

  // 3. The technician finds it in the queue and works it: accept, start, complete with an after-photo.
  const techCtx = await phoneContext(world.browser);
  const m = await techCtx.newPage();
  await m.goto(`${world.server.url}/m/login?next=${encodeURIComponent('/m/work-orders')}`);
  await phoneSignIn(m, 'sf-technician');
  await m.getByText('讲台上方两根灯管不亮').first().click();
  await m.waitForURL(/\/m\/work-orders\/\d+/);
  await m.getByRole('button', { name: '接单' }).waitFor();
  await screenshot(m, 'repairs-02-technician-order');
  await m.getByRole('button', { name: '接单' }).click();
  await m.getByRole('button', { name: '开始' }).click();
  await m.getByRole('button', { name: '完工' }).click();
  await m.getByPlaceholder('例如 1.5').fill('0.5');
  await m.locator('.adm-popup input[type=file]').setInputFiles(await cameraPhoto('#eeeecc'));
  await m.locator('.adm-popup img').first().waitFor();
  await m.getByRole('button', { name: '提交完工' }).click();
  await m.getByText('待验收').first().waitFor();

  // 4. The teacher signs it off with four stars.
  await teacher.reload();
  await teacher.getByRole('button', { name: '验收' }).click();
  // antd-mobile's Rate listens to touch, as on a real phone.
  await teacher.getByRole('radio', { name: '4', exact: true }).tap();
  await teacher.getByRole('button', { name: '确认验收' }).click();
  await teacher.getByText('已验收').first().waitFor();
  await screenshot(teacher, 'repairs-03-confirmed');

  const final = await head.get<{ workOrder: { status: string }; rating: { stars: number } | null; timeline: { kind: string }[] }>(`/api/v1/repair-requests/${requestId}`);
  assert.equal(final.body.workOrder.status, 'confirmed');
  assert.equal(final.body.rating?.stars, 4);
  assert.ok(final.body.timeline.length >= 5, 'every step is on the timeline');
  await techCtx.close();
  await teacherCtx.close();
  await headCtx.close();
});
