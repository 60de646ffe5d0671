import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ApiClient } from '../apps/server/test/api-client.js';
import { DEMO_PASSWORD, cameraPhoto, demoWorld, desktopContext, desktopSignIn, phoneContext, phoneSignIn, screenshot } from './lib/index.js';

// 委外维修 on the demo school: the head of logistics registers the outside firm and opens a login
// for its worker (报修设置 → 外包单位), outsources a leak from the desktop dispatch board with a
// quote, the worker signs in on the phone (choosing a password), sees only that job on the home
// page and completes it with the actual cost; the teacher who reported it signs it off.
const world = demoWorld();
const WORKER_PASSWORD = 'Hengan2026ok';
test('register a contractor and its login → 委外 with a quote → the worker completes with the cost → 验收', async () => {
  // The teacher's report arrives through the API; the reporting pages have their own journey.
  const teacherApi = new ApiClient(world.server.url);
  assert.equal((await teacherApi.login('sf-teacher', DEMO_PASSWORD)).status, 200);
  const rooms = await teacherApi.get<{ room: { id: number } | null; categories: { id: number; name: string }[] }>('/api/v1/repair-requests/options');
  const water = rooms.body.categories.find((c) => c.name === '水')!;
  const head = new ApiClient(world.server.url);
  assert.equal((await head.login('sf-head', DEMO_PASSWORD)).status, 200);
  const room = (await head.get<{ items: { id: number }[] }>(`/api/v1/rooms?q=${encodeURIComponent('一(1)班')}`)).body.items[0]!;
  const reported = await teacherApi.post<{ id: number }>('/api/v1/repair-requests', {
    roomId: room.id, categoryId: water.id, description: '教室后墙暖气片接口漏水，地面积水', urgency: 'urgent',
  });
  assert.equal(reported.status, 200, JSON.stringify(reported.body));

  // 1. The head registers the firm and opens a login for its worker.
  const deskCtx = await desktopContext(world.browser);
  const desk = await deskCtx.newPage();
  await desktopSignIn(desk, world.server, 'sf-head');
  await desk.goto(`${world.server.url}/repairs/settings?tab=contractors`);
  await desk.getByRole('button', { name: '新建外包单位' }).click();
  const dialog = desk.getByRole('dialog');
  await dialog.getByLabel('单位名称').fill('安顺管道维修服务部');
  await dialog.getByLabel('联系人').fill('钱国栋');
  await dialog.getByLabel('联系电话').fill('13905716688');
  await dialog.locator('.ant-select').click();
  await desk.locator('.ant-select-item-option', { hasText: '水' }).first().click();
  await dialog.getByLabel('合同/资质说明').fill('维修服务合同 AS-2026-007，有效期至 2027-06-30');
  await dialog.locator('.ant-modal-title').click();
  await dialog.getByRole('button', { name: /确\s*定/ }).click();
  const firmRow = desk.locator('tr', { hasText: '安顺管道维修服务部' });
  await firmRow.getByRole('button', { name: '添加账号' }).click();
  const accountDialog = desk.getByRole('dialog', { name: /添加账号/ });
  await accountDialog.getByLabel('登录工号').fill('as-qian');
  await accountDialog.getByLabel('姓名').fill('钱国栋');
  await accountDialog.getByRole('button', { name: /确\s*定/ }).click();
  const initial = (await desk.getByTestId('one-time-secret').textContent())?.trim() ?? '';
  assert.ok(initial.length >= 8, 'a temporary password is shown once');
  await screenshot(desk, 'contractor-01-account-password');
  await desk.getByRole('button', { name: '我已记下' }).click();
  await firmRow.getByText('钱国栋（as-qian）').waitFor();
  await desk.locator('.ant-modal-wrap').first().waitFor({ state: 'hidden' });
  await screenshot(desk, 'contractor-02-settings-tab');

  // 2. On the dispatch board the head outsources the leak with a quote of ¥350.
  await desk.goto(`${world.server.url}/repairs/board`);
  const row = desk.locator('tr', { hasText: '暖气片接口漏水' });
  await row.getByText('委外', { exact: true }).click();
  const out = desk.getByRole('dialog', { name: /委外/ });
  await out.locator('.ant-select').click();
  await desk.locator('.ant-select-item-option', { hasText: '安顺管道维修服务部' }).first().click();
  await out.getByLabel('报价（元）').fill('350');
  await out.getByLabel('委外说明').fill('需要更换暖气片阀门，请今天下午上门');
  await out.locator('.ant-modal-title').click();
  await desk.locator('.ant-select-dropdown:visible').waitFor({ state: 'detached' });
  await screenshot(desk, 'contractor-03-outsource-dialog');
  await out.getByRole('button', { name: /确\s*定/ }).click();
  await row.getByText('安顺管道维修服务部').waitFor();
  await row.getByText('¥350.00').waitFor();
  await screenshot(desk, 'contractor-04-board-outsourced');

  // 3. The worker signs in on the phone, chooses a password and finds only this job on the home page.
  const workerCtx = await phoneContext(world.browser);
  const m = await workerCtx.newPage();
  await m.goto(`${world.server.url}/m/login`);
  await phoneSignIn(m, 'as-qian', initial);
  await m.waitForURL(/\/m\/password/);
  await m.getByPlaceholder('管理员告知的初始密码').fill(initial);
  await m.getByPlaceholder('请输入新密码').fill(WORKER_PASSWORD);
  await m.getByPlaceholder('请再次输入新密码').fill(WORKER_PASSWORD);
  await m.getByRole('button', { name: '确认修改' }).click();
  await m.getByRole('button', { name: '继续' }).click();
  await m.getByText('暖气片接口漏水').first().waitFor();
  assert.equal(await m.getByText('扫码报修').count(), 0, 'a contractor does not report');
  await screenshot(m, 'contractor-05-phone-home-queue');
  await m.getByText('暖气片接口漏水').first().click();
  await m.waitForURL(/\/m\/work-orders\/\d+/);
  await m.getByText('¥350.00').waitFor();
  await screenshot(m, 'contractor-06-phone-order');
  await m.getByRole('button', { name: '接单' }).click();
  await m.getByRole('button', { name: '开始' }).click();
  await m.getByRole('button', { name: '完工' }).click();
  await m.getByPlaceholder('例如 1.5').fill('1.5');
  await m.locator('.adm-popup input[type=file]').setInputFiles(await cameraPhoto('#cce0ee'));
  await m.locator('.adm-popup img').first().waitFor();
  await m.getByRole('button', { name: '提交完工' }).click();
  await m.getByText('委外工单请填写实际费用（元）').waitFor();
  await m.getByPlaceholder('按实际结算金额填写').fill('320');
  await screenshot(m, 'contractor-07-phone-complete-form');
  await m.getByRole('button', { name: '提交完工' }).click();
  await m.getByText('待验收').first().waitFor();
  await m.getByText('实际费用').first().scrollIntoViewIfNeeded();
  await screenshot(m, 'contractor-08-phone-completed');

  // 4. The teacher signs it off.
  const teacherCtx = await phoneContext(world.browser);
  const t = await teacherCtx.newPage();
  await t.goto(`${world.server.url}/m/login?next=${encodeURIComponent(`/m/repairs/${reported.body.id}`)}`);
  await phoneSignIn(t, 'sf-teacher');
  await t.getByText('安顺管道维修服务部').first().waitFor();
  await t.getByRole('button', { name: '验收' }).click();
  await t.getByRole('radio', { name: '4', exact: true }).tap();
  await t.getByRole('button', { name: '确认验收' }).click();
  await t.getByText('已验收').first().waitFor();
  await screenshot(t, 'contractor-09-teacher-confirmed');

  // 5. The head sees quote against actual in the drawer.
  const wo = (await head.get<{ workOrder: { id: number; code: string } }>(`/api/v1/repair-requests/${reported.body.id}`)).body.workOrder;
  await desk.goto(`${world.server.url}/repairs/work-orders/${wo.id}`);
  await desk.getByRole('tab', { name: '完工与验收' }).click();
  await desk.getByText('低于报价 ¥30.00').waitFor();
  await screenshot(desk, 'contractor-10-drawer-quote-vs-actual');
  await desk.getByRole('tab', { name: '派单记录' }).click();
  await desk.getByText('需要更换暖气片阀门，请今天下午上门').waitFor();
  await screenshot(desk, 'contractor-11-drawer-assignments');

  // The same desktop pages at phone width.
  const narrowCtx = await phoneContext(world.browser);
  const narrow = await narrowCtx.newPage();
  await desktopSignIn(narrow, world.server, 'sf-head');
  await narrow.goto(`${world.server.url}/repairs/settings?tab=contractors`);
  await narrow.getByText('安顺管道维修服务部').first().waitFor();
  await screenshot(narrow, 'contractor-12-settings-tab-phone');
  await narrow.goto(`${world.server.url}/repairs/board`);
  await narrow.locator('.ant-table-row').first().waitFor();
  await screenshot(narrow, 'contractor-13-board-phone');

  const final = await head.get<{ workOrder: { status: string; contractorName: string | null }; completion: { costFen: number } | null; rating: { stars: number } | null }>(
    `/api/v1/repair-requests/${reported.body.id}`,
  );
  assert.deepEqual([final.body.workOrder.status, final.body.workOrder.contractorName, final.body.completion?.costFen, final.body.rating?.stars],
    ['confirmed', '安顺管道维修服务部', 32000, 4]);
  await Promise.all([deskCtx.close(), workerCtx.close(), teacherCtx.close(), narrowCtx.close()]);
});
