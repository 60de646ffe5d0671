import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { ApiClient } from '../apps/server/test/api-client.js';
import { DEMO_PASSWORD, demoWorld, desktopContext, desktopSignIn, phoneContext, screenshot } from './lib/index.js';

// The head of logistics reads the 维修看板 of the demo school (half a year of repairs), a new school
// sees what to do first, and the school opens its public repair board (报修公示) to anyone.
const world = demoWorld();

interface Dashboard { current: { openWorkOrders: number; overdue: number; awaitingAcceptance: number } }
interface Summary { completed: number; requests: number }

/** Signs in on the desktop login page, then opens `path` (a phone-sized window hides the menu). */
async function signIn(ctx: BrowserContext, staffNo: string, path: string): Promise<Page> {
  const page = await ctx.newPage();
  // Charts drawn without their entry animation, so the screenshots show the finished picture.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await desktopSignIn(page, world.server, staffNo);
  await page.goto(`${world.server.url}${path}`);
  return page;
}

const kpi = (page: Page, title: string) => page.locator(`[data-kpi="${title}"] .ant-statistic-content`);

test('维修看板: KPIs match the API, the charts draw, open work links to its order', async () => {
  const api = new ApiClient(world.server.url);
  assert.equal((await api.login('sf-head', DEMO_PASSWORD)).status, 200);
  const d = (await api.get<Dashboard>('/api/v1/repair-reports/dashboard')).body;
  const s = (await api.get<Summary>('/api/v1/repair-reports/summary')).body;

  const ctx = await desktopContext(world.browser);
  const page = await signIn(ctx, 'sf-head', '/');
  await page.getByRole('menuitem', { name: /维修看板/ }).click();
  await page.waitForURL(/\/repairs\/dashboard$/);
  await page.locator('[data-chart] canvas').nth(5).waitFor();
  assert.ok(await page.locator('[data-chart] canvas').count() >= 6, 'the charts are drawn');
  assert.equal((await kpi(page, '未完工工单').innerText()).trim(), String(d.current.openWorkOrders));
  assert.equal((await kpi(page, '已超时').innerText()).trim(), String(d.current.overdue));
  assert.equal((await kpi(page, '待验收').innerText()).trim(), String(d.current.awaitingAcceptance));
  assert.equal((await kpi(page, '本期完工').innerText()).trim(), String(s.completed));
  await screenshot(page, 'repairs-dashboard-01-desktop', { fullPage: true });

  // 上月 changes the period and the numbers with it.
  const { from, to } = lastMonth();
  await page.getByText('上月', { exact: true }).click();
  await page.getByText(`${from} 至 ${to}`).waitFor();
  const last = await api.get<Summary>(`/api/v1/repair-reports/summary?from=${from}&to=${to}`);
  await kpi(page, '本期完工').filter({ hasText: new RegExp(`^\\s*${last.body.completed}\\s*$`) }).waitFor();

  // The open-work table links to the order, which opens over the dispatch board.
  const link = page.locator('.ant-table a', { hasText: /^WX\d+$/ }).first();
  await link.click();
  await page.waitForURL(/\/repairs\/work-orders\/\d+$/);
  await page.locator('.ant-drawer').waitFor();
  await ctx.close();

  const phone = await phoneContext(world.browser);
  const small = await signIn(phone, 'sf-head', '/repairs/dashboard');
  await small.locator('[data-chart] canvas').first().waitFor();
  await screenshot(small, 'repairs-dashboard-02-phone', { fullPage: true });
  await phone.close();
});

test('维修看板 for the bureau: the inspector picks a school of the district and reads its numbers', async () => {
  const api = new ApiClient(world.server.url);
  assert.equal((await api.login('jyj-inspector', DEMO_PASSWORD)).status, 200);
  const schools = (await api.get<{ items: { id: number; name: string }[] }>('/api/v1/schools')).body.items;
  const first = schools.find((x) => x.name === '示范小学')!;
  const d = (await api.get<Dashboard>(`/api/v1/repair-reports/dashboard?schoolId=${first.id}`)).body;

  const ctx = await desktopContext(world.browser);
  const page = await signIn(ctx, 'jyj-inspector', '/repairs/dashboard');
  // Schools come in code order: 第二实验小学 (DEXX) is new and says it has no repairs yet.
  await page.getByText('还没有报修记录').waitFor();
  await page.locator('.ant-page-header .ant-select').first().click();
  await page.locator('.ant-select-item-option', { hasText: '示范小学' }).click();
  await kpi(page, '未完工工单').filter({ hasText: new RegExp(`^\\s*${d.current.openWorkOrders}\\s*$`) }).waitFor();
  await screenshot(page, 'repairs-dashboard-05-inspector');
  await ctx.close();
});

/** Last month in the school's (and the browser's) time zone. */
function lastMonth(): { from: string; to: string } {
  const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date());
  const [y = 0, m = 0] = today.split('-').map(Number);
  return { from: new Date(Date.UTC(y, m - 2, 1)).toISOString().slice(0, 10), to: new Date(Date.UTC(y, m - 1, 0)).toISOString().slice(0, 10) };
}

test('a school without repairs is told how to start', async () => {
  const ctx = await desktopContext(world.browser);
  const page = await signIn(ctx, 'de-head', '/repairs/dashboard');
  await page.getByText('还没有报修记录').waitFor();
  assert.equal(await page.locator('[data-chart]').count(), 0);
  await screenshot(page, 'repairs-dashboard-03-empty');
  await ctx.close();
});

test('报修公示: switched on in the settings, readable by anyone with names masked', async () => {
  const ctx = await desktopContext(world.browser);
  const page = await signIn(ctx, 'sf-head', '/repairs/settings');
  await page.getByRole('switch').last().waitFor();
  const board = page.locator('.ant-form-item', { hasText: '公开报修公示' }).getByRole('switch');
  await board.click();
  await page.getByRole('button', { name: /保存设置/ }).click();
  await page.locator('[data-board-link]').waitFor();
  const href = await page.locator('[data-board-link] a').first().getAttribute('href');
  assert.equal(href, '/board/SFXX');
  await page.locator('[data-board-link]').scrollIntoViewIfNeeded();
  await screenshot(page, 'repairs-dashboard-04-settings-board-link');
  await ctx.close();

  const api = new ApiClient(world.server.url);
  const names = (await api.get<{ items: { requesterName: string }[] }>('/api/v1/public/repair-board/SFXX')).body.items.map((i) => i.requesterName);
  assert.ok(names.length > 10 && names.every((n) => /^\p{Script=Han}{1,2}\*+$/u.test(n)), names.join(','));

  for (const [label, make] of [['phone', phoneContext], ['desktop', desktopContext]] as const) {
    const visitor = await make(world.browser);
    const p = await visitor.newPage();
    await p.goto(`${world.server.url}/board/SFXX`);
    await p.getByText('示范小学 · 报修公示').waitFor();
    const rows = p.locator('[data-board-row]');
    assert.ok(await rows.count() > 10);
    const text = await p.locator('.rb-list').innerText();
    assert.ok(!text.includes('李晓梅'), 'no full names on the board');
    assert.match(text, /报修 \d{2}\/\d{2} · \p{Script=Han}{1,2}\*+/u);
    await screenshot(p, `repairs-dashboard-05-board-${label}`, { fullPage: label === 'phone' });
    await visitor.close();
  }
  assert.equal((await api.get('/api/v1/public/repair-board/DEXX')).status, 404, 'the other school has not opened its board');
});
