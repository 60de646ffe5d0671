import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { messyLedger } from '../apps/server/src/modules/assets/import/messy-ledger.js';
import { demoWorld, desktopContext, desktopSignIn, phoneContext, projectTmp, screenshot, settled } from './lib/index.js';

// Issue 4, journey 1: the storekeeper of 示范小学 uploads the school's old Excel ledger (title row,
// two-row 原值 header, 2019.9 dates, "4,999.00元" amounts), checks the suggested column mapping,
// notices the 备注 column really holds serial numbers and maps it to 出厂编号, re-checks, skips the
// two rows with problems, imports, and finds a card by its pinyin initials. Importing the same file
// again creates nothing.
const world = demoWorld();

const ROWS = [
  ['SFJ-2019-001', '台式计算机', '2010000-01', 'M720', '台', 1, '4,999.00元', 4999, '2019.9', null, null, null, '财政拨款', '联想', 'SN-E2E-0001'],
  ['SFJ-2019-002', '笔记本电脑', '2010000-01', 'E14', '台', 1, null, '￥6500', '2019年9月', null, null, null, '专项资金', '联想', 'SN-E2E-0002'],
  null,
  ['SFJ-2019-003', '激光打印机', '2020000-02', 'M203', '台', 1, '1,200', '1,200.00', '2019年13月', null, null, null, null, '惠普', null],
  ['SFJ-2019-004', '柜式空调', 'XYZ', null, '台', 1, null, 3500, '2020-06', null, null, null, null, '格力', null],
  ['SFJ-2019-005', '学生课桌椅（单人）', '6010000-01', 'KZY-01', '套', 45, 380, 17100, new Date(Date.UTC(2021, 7, 1)), null, null, null, '自筹', null, null],
];

const dialog = (page: Page) => page.locator('.ant-modal:visible').last();

/** Opens 导入, uploads the ledger and waits for the check. */
async function uploadAndCheck(page: Page, file: string): Promise<void> {
  await page.getByRole('button', { name: /导\s*入/ }).first().click();
  await dialog(page).locator('input[type=file]').setInputFiles(file);
  await dialog(page).getByRole('button', { name: '检查文件' }).click();
  await dialog(page).getByTestId('import-mapping').waitFor();
}

/** The 备注 column (O) holds serial numbers: import it as 出厂编号, then re-check. */
async function mapNoteToSerial(page: Page): Promise<void> {
  const row = dialog(page).locator('.ant-table-row').filter({ hasText: '备注' });
  await row.locator('.ant-select-selector').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '出厂编号' }).click();
  await dialog(page).getByText('列的对应已修改').waitFor();
  await dialog(page).getByRole('button', { name: /重新检查/ }).click();
  await dialog(page).getByText('列的对应已修改').waitFor({ state: 'detached' });
  await row.locator('.ant-select-selection-item').filter({ hasText: '出厂编号' }).waitFor();
}

test('upload a messy ledger → map a column → re-check → skip two bad rows → import → the same file again changes nothing', async () => {
  const file = path.join(projectTmp('e2e-files'), '示范小学固定资产台账.xlsx');
  fs.writeFileSync(file, await messyLedger(ROWS, '示范小学固定资产台账（2019年）'));

  const page = await (await desktopContext(world.browser)).newPage();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await desktopSignIn(page, world.server, 'sf-keeper');
  await page.goto(`${world.server.url}/assets`);
  await page.getByText(/共 \d+ 条/).waitFor();

  await uploadAndCheck(page, file);
  const d = dialog(page);
  // The two-row header under the title is found, and each column is matched from its Chinese header.
  await d.getByText(/表头在第\s*4\s*行/).waitFor();
  await d.locator('.ant-table-row').filter({ hasText: '原值/金额' }).locator('.ant-select-selection-item').filter({ hasText: '原值' }).waitFor();
  await d.locator('.ant-table-row').filter({ hasText: '购置日期' }).locator('.ant-select-selection-item').filter({ hasText: '取得日期' }).waitFor();
  await d.locator('.ant-table-row').filter({ hasText: '备注' }).getByText('SN-E2E-0001、SN-E2E-0002').waitFor();
  await d.getByTestId('import-summary').getByText('新建 3').waitFor();
  await d.getByTestId('import-summary').getByText('有问题 2').waitFor();
  await settled(page);
  await screenshot(page, 'asset-import-01-check');

  await mapNoteToSerial(page);
  // Problems are listed by Excel row and the file's own column names.
  const problems = d.locator('.ant-table').last();
  await problems.locator('.ant-table-row').filter({ hasText: '购置日期' }).filter({ hasText: '2019年13月' }).waitFor();
  await problems.locator('.ant-table-row').filter({ hasText: '分类代码' }).filter({ hasText: 'XYZ' }).waitFor();
  await screenshot(page, 'asset-import-02-mapped');

  const commit = d.getByRole('button', { name: /确认导入/ });
  assert.equal(await commit.isDisabled(), true, 'rows with problems block an all-or-nothing import');
  await d.getByText(/跳过有问题的行，只导入其余/).click();
  await d.getByRole('button', { name: '确认导入：新建 3 张卡片，跳过 2 行' }).click();
  await d.getByText('已导入 3 条资产卡片').waitFor();
  await d.getByText(/编号 .+ 至 .+；已有编号的卡片保持不变/).waitFor();
  // why: no settled() from here on: after the import something behind the dialog keeps animating (the ledger reloading), not this journey's concern.
  await screenshot(page, 'asset-import-03-done');
  await d.getByRole('button', { name: /完\s*成/ }).click();

  // The mapped column landed on the cards: the serial number and the name's pinyin initials both find the computer.
  await page.getByLabel('关键词').fill('SN-E2E-0001');
  await page.getByRole('button', { name: /查\s*询/ }).click();
  await page.getByText('共 1 条').waitFor();
  await page.locator('.ant-table-row').filter({ hasText: '台式计算机' }).waitFor();
  await page.getByLabel('关键词').fill('tsjsj');
  await page.getByRole('button', { name: /查\s*询/ }).click();
  await page.locator('.ant-table-row').filter({ hasText: 'SFJ-2019-001' }).waitFor();
  await screenshot(page, 'asset-import-04-pinyin-search');

  // The same file again, mapped the same way: everything is already on the books.
  await uploadAndCheck(page, file);
  await mapNoteToSerial(page);
  await d.getByTestId('import-summary').getByText('新建 0').waitFor();
  await d.getByTestId('import-summary').getByText('无变化 3').waitFor();
  await d.getByText(/跳过有问题的行，只导入其余/).click();
  await d.getByRole('button', { name: /确认导入：新建 0 张卡片/ }).waitFor();
  await screenshot(page, 'asset-import-05-reimport-check');
  await d.getByRole('button', { name: /确认导入：新建 0 张卡片/ }).click();
  await d.getByText('没有新建卡片：文件中的卡片都已在系统中。').waitFor();
  await d.getByRole('button', { name: /完\s*成/ }).click();
  await page.getByLabel('关键词').fill('SFJ-2019');
  await page.getByRole('button', { name: /查\s*询/ }).click();
  await page.getByText('共 3 条').waitFor();
  await page.context().close();

  // The check step at phone width stays readable (the table scrolls sideways, nothing overlaps).
  const phone = await (await phoneContext(world.browser)).newPage();
  await phone.emulateMedia({ reducedMotion: 'reduce' });
  await desktopSignIn(phone, world.server, 'sf-keeper');
  await phone.goto(`${world.server.url}/assets`);
  await phone.getByText(/共 \d+ 条/).waitFor();
  await uploadAndCheck(phone, file);
  await dialog(phone).getByTestId('import-summary').waitFor();
  await screenshot(phone, 'asset-import-06-phone-check');
  await phone.context().close();
});
