import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { ApiClient } from '../apps/server/test/api-client.js';
import { type E2eServer, desktopContext, launchBrowser, phoneContext, screenshot, settled, startE2eServer } from './lib/index.js';

// 保养计划 on the demo school: the head of logistics imports a plan from the templates, adds a
// daily check, presses 立即生成, and finds the generated jobs on the dispatch board and in the 保养日历.
const PASSWORD = 'Houqin@2026';
let server: E2eServer;
let browser: Browser;

before(async () => {
  server = await startE2eServer({ demo: true });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

test('from template → 立即生成 → the job is on the dispatch board and in the calendar', async () => {
  const head = new ApiClient(server.url);
  assert.equal((await head.login('sf-head', PASSWORD)).status, 200);
  const techs = await head.get<{ items: { id: number; name: string }[] }>('/api/v1/work-orders/technicians');
  const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
  const ctx = await desktopContext(browser);
  const desk = await ctx.newPage();
  await desk.emulateMedia({ reducedMotion: 'reduce' });
  await desk.goto(`${server.url}/login`);
  await desk.getByLabel('工号或手机号').fill('sf-head');
  await desk.getByLabel('密码', { exact: true }).fill(PASSWORD);
  await desk.getByRole('button', { name: /登\s*录/ }).click();
  await desk.getByText('王建国').first().waitFor();
  await desk.goto(`${server.url}/maintenance`);
  // Before any plan exists the page says what to do next.
  await desk.getByText(/还没有保养计划|每周检查照明/).first().waitFor();
  await screenshot(desk, 'maintenance-00-first-visit');

  const lighting = await head.get<{ items: { id: number; name: string }[] }>(`/api/v1/checklist-templates?q=${encodeURIComponent('每周检查照明')}`);
  const daily = await head.post<{ id: number }>('/api/v1/maintenance-plans', {
    name: '每日巡查配电房', targetType: 'school', schedule: { kind: 'daily' }, holidayPolicy: 'ignore', leadDays: 1, startDate: today,
    assigneeId: techs.body.items.find((t) => t.name === '张国强')?.id ?? null, checklistTemplateId: lighting.body.items[0]?.id ?? null,
  });
  assert.equal(daily.status, 200, JSON.stringify(daily.body));

  await desk.reload();
  await desk.getByText('每日巡查配电房').waitFor();

  await desk.getByRole('button', { name: '从模板新建' }).click();
  await desk.getByText('来自学校后勤工作计划：「每月检查一次门窗，发现问题及时处理」').waitFor();
  await settled(desk);
  await screenshot(desk, 'maintenance-01-templates');
  const doors = desk.locator('.ant-list-item').filter({ hasText: '每月检查门窗' });
  await doors.getByRole('button').click();
  await desk.locator('.ant-table-row').filter({ hasText: '每月检查门窗' }).waitFor();

  const row = desk.locator('.ant-table-row').filter({ hasText: '每日巡查配电房' });
  await row.getByRole('button', { name: '立即生成' }).click();
  await desk.getByText(/已生成 \d+ 张保养工单/).waitFor();
  await screenshot(desk, 'maintenance-02-plans');

  await desk.getByRole('button', { name: '新建计划' }).click();
  await desk.getByText(/接下来的日期/).waitFor();
  await desk.getByTestId('preview-item').first().waitFor();
  await settled(desk);
  await screenshot(desk, 'maintenance-03-form');
  await desk.keyboard.press('Escape');

  await desk.getByRole('tab', { name: '保养日历' }).click();
  await desk.locator('.ant-tabs-tabpane-active .ant-table-row').filter({ hasText: '每日巡查配电房' }).first().waitFor();
  await screenshot(desk, 'maintenance-04-calendar');

  await desk.goto(`${server.url}/repairs/board`);
  await desk.getByText(/计划保养/).first().waitFor();
  await screenshot(desk, 'maintenance-05-board');

  // The technician works through the plan's checklist on the phone; a failed item is reported in one tap.
  const plan = await head.get<{ items: { workOrderId: number | null; id: number | null }[] }>(`/api/v1/maintenance-occurrences?from=${today}&to=${today}&planId=${daily.body.id}`);
  const occurrenceId = plan.body.items.find((o) => o.id !== null)?.id;
  assert.ok(occurrenceId);
  const techPage = await (await phoneContext(browser)).newPage();
  await techPage.goto(`${server.url}/m/login?next=${encodeURIComponent(`/m/maintenance/${occurrenceId}`)}`);
  await techPage.getByPlaceholder('请输入工号或手机号').fill('sf-technician');
  await techPage.getByPlaceholder('请输入密码').fill(PASSWORD);
  await techPage.getByRole('button', { name: '登录' }).click();
  await techPage.getByText('教室灯具全部正常点亮').waitFor();
  for (const label of ['教室灯具全部正常点亮', '走廊、楼梯、大厅照明正常', '开关、插座面板无破损、无松动']) {
    await techPage.locator('.adm-form-item').filter({ hasText: label }).getByText('合格', { exact: true }).click();
  }
  await techPage.locator('.adm-form-item').filter({ hasText: '应急照明灯、疏散指示标志正常' }).getByText('不合格', { exact: true }).click();
  await techPage.getByPlaceholder('不合格的情况（选填，报修时会带上）').fill('三楼东侧安全出口指示灯不亮');
  await techPage.locator('.adm-form-item').filter({ hasText: '损坏灯管数量' }).locator('input').fill('0');
  await screenshot(techPage, 'maintenance-07-phone-checklist');
  await techPage.getByRole('button', { name: '提交检查记录' }).click();
  await techPage.getByText('1 项不合格').waitFor();
  await techPage.getByRole('button', { name: '报修' }).click();
  await techPage.locator('.adm-list-item').getByText('已报修').waitFor();
  await techPage.locator('.adm-toast-mask').waitFor({ state: 'detached' });
  await techPage.getByText('已完成', { exact: true }).waitFor();
  await screenshot(techPage, 'maintenance-08-phone-result');

  // The head finds the submitted record in 检查记录, with the failed item named and its answers in the drawer.
  await desk.goto(`${server.url}/maintenance/records`);
  const record = desk.locator('.ant-table-row').filter({ hasText: '不合格' }).first();
  await record.getByText('应急照明灯、疏散指示标志正常').waitFor();
  await record.locator('a').first().click();
  await desk.locator('.ant-drawer-content-wrapper:visible').getByText('三楼东侧安全出口指示灯不亮').waitFor();
  await settled(desk);
  await screenshot(desk, 'maintenance-10-records');

  const phone = await (await phoneContext(browser)).newPage();
  await phone.emulateMedia({ reducedMotion: 'reduce' });
  await phone.goto(`${server.url}/login`);
  await phone.getByLabel('工号或手机号').fill('sf-head');
  await phone.getByLabel('密码', { exact: true }).fill(PASSWORD);
  await phone.getByRole('button', { name: /登\s*录/ }).click();
  await phone.getByText('王建国').first().waitFor();
  await phone.goto(`${server.url}/maintenance`);
  await phone.getByText('每日巡查配电房').waitFor();
  await screenshot(phone, 'maintenance-06-phone');
  await phone.getByRole('button', { name: '新建计划' }).click();
  await phone.getByTestId('preview-item').first().waitFor();
  await settled(phone);
  await screenshot(phone, 'maintenance-09-phone-form');
});
