import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { ApiClient } from '../apps/server/test/api-client.js';
import { DEMO_PASSWORD, demoWorld, desktopContext, desktopSignIn, phoneContext, screenshot, settled } from './lib/index.js';

// The asset card drawer's row of workflow buttons (调拨, 报损坏, 申请报废 …) is there for whoever may
// start one, and absent — not an empty gap above the tabs — for a reader such as the bureau inspector.
const world = demoWorld();

/** Signs in and opens one card straight from its link (/assets/card/:id). */
async function openCard(ctx: BrowserContext, staffNo: string, id: number): Promise<{ page: Page; drawer: Locator }> {
  const page = await ctx.newPage();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await desktopSignIn(page, world.server, staffNo);
  await page.goto(`${world.server.url}/assets/card/${id}`);
  const drawer = page.locator('.ant-drawer-content-wrapper:visible').last();
  await drawer.getByText('价值与折旧').waitFor();
  await settled(page);
  return { page, drawer };
}

test('the card drawer shows its action row to the storekeeper and none to a reader', async () => {
  const api = new ApiClient(world.server.url);
  assert.equal((await api.login('sf-keeper', DEMO_PASSWORD)).status, 200);
  const found = await api.get<{ items: { id: number; name: string }[] }>('/api/v1/assets?q=钢琴');
  const piano = found.body.items[0];
  assert.ok(piano, 'the demo school has a piano');

  const keeperCtx = await desktopContext(world.browser);
  const keeper = await openCard(keeperCtx, 'sf-keeper', piano.id);
  const row = keeper.drawer.getByTestId('asset-card-actions');
  // antd spaces out two-character labels (调 拨).
  for (const name of [/调\s*拨/, /借\s*出/, /退\s*库/, /报损坏/, /申请报废/]) await row.getByRole('button', { name }).waitFor();
  await screenshot(keeper.page, 'asset-drawer-actions-01-keeper');
  await keeperCtx.close();

  const bureauCtx = await desktopContext(world.browser);
  const bureau = await openCard(bureauCtx, 'jyj-inspector', piano.id);
  assert.equal(await bureau.drawer.getByTestId('asset-card-actions').count(), 0, 'no action row for the inspector');
  assert.equal(await bureau.drawer.getByRole('button', { name: /调\s*拨|报损坏|申请报废/ }).count(), 0);
  // The tabs start right under the title.
  await bureau.drawer.getByRole('tab', { name: '卡片', selected: true }).waitFor();
  await screenshot(bureau.page, 'asset-drawer-actions-02-inspector');
  await bureauCtx.close();

  const phone = await phoneContext(world.browser);
  const small = await openCard(phone, 'jyj-inspector', piano.id);
  assert.equal(await small.drawer.getByTestId('asset-card-actions').count(), 0);
  await screenshot(small.page, 'asset-drawer-actions-03-inspector-phone');
  await phone.close();
});
