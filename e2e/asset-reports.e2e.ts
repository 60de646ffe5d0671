import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { ApiClient } from '../apps/server/test/api-client.js';
import { DEMO_PASSWORD, demoWorld, desktopContext, desktopSignIn, phoneContext, screenshot } from './lib/index.js';

// 资产报表 on the demo district: the head of logistics reads the 资产年报 summary of 示范小学 and
// downloads it as Excel and the ledger as PDF; the bureau inspector compares the district's schools
// and opens one of them.
const world = demoWorld();

interface Summary { totals: { cards: number; netFen: number } }

async function signIn(ctx: BrowserContext, staffNo: string, path: string): Promise<Page> {
  const page = await ctx.newPage();
  // Charts drawn without their entry animation, so the screenshots show the finished picture.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await desktopSignIn(page, world.server, staffNo);
  await page.goto(`${world.server.url}${path}`);
  return page;
}

const statistic = (page: Page, title: string) => page.locator('.ant-statistic').filter({ hasText: title }).locator('.ant-statistic-content');
const yuanText = (fen: number) => `¥${(fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

test('资产报表: the head reads the summary, downloads it as Excel and the ledger as PDF', async () => {
  const api = new ApiClient(world.server.url);
  assert.equal((await api.login('sf-head', DEMO_PASSWORD)).status, 200);
  const s = (await api.get<Summary>('/api/v1/asset-reports/summary')).body;
  assert.ok(s.totals.cards > 0, 'the demo school has cards');

  const ctx = await desktopContext(world.browser);
  const page = await signIn(ctx, 'sf-head', '/');
  await page.getByRole('menuitem', { name: /资产报表/ }).click();
  await page.waitForURL(/\/assets\/reports$/);
  await statistic(page, '在账卡片').filter({ hasText: String(s.totals.cards) }).waitFor();
  await statistic(page, '净值').filter({ hasText: yuanText(s.totals.netFen) }).waitFor();
  await page.locator('[data-chart] canvas').nth(1).waitFor();
  await page.locator('.ant-table-row').filter({ hasText: '通用设备' }).first().waitFor();
  await screenshot(page, 'asset-reports-01-summary', { fullPage: true });

  const excel = page.waitForEvent('download');
  await page.getByRole('button', { name: '汇总 Excel' }).click();
  const xlsx = await excel;
  assert.match(xlsx.suggestedFilename(), /资产汇总.*\.xlsx$/);
  const xlsxBytes = fs.readFileSync(await xlsx.path());
  assert.equal(xlsxBytes.subarray(0, 2).toString(), 'PK', 'a real workbook (zip)');

  const pdf = page.waitForEvent('download');
  await page.getByRole('button', { name: '台账 PDF' }).click();
  const ledger = await pdf;
  assert.match(ledger.suggestedFilename(), /资产台账.*\.pdf$/);
  assert.equal(fs.readFileSync(await ledger.path()).subarray(0, 4).toString(), '%PDF');

  await page.getByRole('tab', { name: '按使用状况/资金来源/部门' }).click();
  await page.locator('.ant-table-row').filter({ hasText: '在用' }).first().waitFor();
  await screenshot(page, 'asset-reports-02-breakdown', { fullPage: true });
  await page.getByRole('tab', { name: '闲置资产' }).click();
  await page.getByText(/共 \d+ 张卡片/).waitFor();
  await screenshot(page, 'asset-reports-03-idle');
  await page.getByRole('tab', { name: '按保管人' }).click();
  await page.getByRole('link', { name: '责任清单' }).first().waitFor();
  await screenshot(page, 'asset-reports-04-holders');
  await ctx.close();

  const phone = await phoneContext(world.browser);
  const small = await signIn(phone, 'sf-head', '/assets/reports');
  await statistic(small, '在账卡片').filter({ hasText: String(s.totals.cards) }).waitFor();
  await small.locator('[data-chart] canvas').first().waitFor();
  await screenshot(small, 'asset-reports-05-phone', { fullPage: true });
  await phone.close();
});

test('全区对比: the inspector sees every school of the district and opens one', async () => {
  const ctx = await desktopContext(world.browser);
  const page = await signIn(ctx, 'jyj-inspector', '/assets/reports');
  await page.getByRole('tab', { name: '全区对比', selected: true }).waitFor();
  const rows = page.locator('.ant-table-row');
  await rows.filter({ hasText: '示范小学' }).waitFor();
  await rows.filter({ hasText: '第二实验小学' }).waitFor();
  await page.locator('[data-chart] canvas').first().waitFor();
  await screenshot(page, 'asset-reports-06-district', { fullPage: true });

  await rows.filter({ hasText: '示范小学' }).getByText('示范小学').click();
  await page.getByRole('tab', { name: '年报汇总', selected: true }).waitFor();
  await page.getByText(/示范小学 · 截至/).waitFor();
  await page.locator('.ant-table-row').filter({ hasText: '通用设备' }).first().waitFor();
  // The bureau may print the ledger of a school it inspects.
  await page.getByRole('button', { name: '台账 PDF' }).waitFor();
  await screenshot(page, 'asset-reports-07-district-school');
  await ctx.close();

  const phone = await phoneContext(world.browser);
  const small = await signIn(phone, 'jyj-inspector', '/assets/reports');
  await small.locator('.ant-table-row').filter({ hasText: '第二实验小学' }).waitFor();
  await screenshot(small, 'asset-reports-08-district-phone', { fullPage: true });
  await phone.close();
});
