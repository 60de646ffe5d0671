import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { ApiClient } from '../apps/server/test/api-client.js';
import { DEMO_PASSWORD, demoWorld, desktopContext, desktopSignIn, screenshot, settled } from './lib/index.js';

// Issue 4 on the demo school: the storekeeper asks to scrap a card (condition (1), with an appraisal);
// review and the 校务会 are recorded, the principal approves, the district's bureau inspector approves
// online from the bureau's list of all schools, the storekeeper completes the disposal and the card
// leaves the ledger (kept under 已处置). Then a broken projector is recorded, approved and paid.
const world = demoWorld();

type Body = Record<string, unknown>;
interface Card { id: number; code: string; name: string; status: string; originalValueFen: number }

const overlay = (page: Page) => page.locator('.ant-modal:visible, .ant-drawer-content-wrapper:visible').last();

async function signedInDesk(browser: Browser, staffNo: string): Promise<Page> {
  const page = await (await desktopContext(browser)).newPage();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await desktopSignIn(page, world.server, staffNo);
  return page;
}

async function api(staffNo: string): Promise<ApiClient> {
  const c = new ApiClient(world.server.url);
  assert.equal((await c.login(staffNo, DEMO_PASSWORD)).status, 200);
  return c;
}

test('storekeeper requests scrapping → principal → bureau inspector online → completion → card leaves the ledger; a damage is paid', async () => {
  const keeperApi = await api('sf-keeper');
  const cards = (await keeperApi.get<{ items: Card[] }>('/api/v1/assets?pageSize=200&status=in_use')).body.items;
  // A card worth ¥500–1,000 takes 校长 + 主管部门 under the default tiers.
  const card = cards.find((c) => c.originalValueFen >= 50_000 && c.originalValueFen <= 100_000) ?? cards[0];
  assert.ok(card, 'the demo school has cards in use');

  // 1. The storekeeper fills the request on the desktop.
  const keeper = await signedInDesk(world.browser, 'sf-keeper');
  await keeper.goto(`${world.server.url}/assets/disposals`);
  await keeper.locator('.ant-table-row').filter({ hasText: '激光打印机' }).first().waitFor();
  await settled(keeper);
  await screenshot(keeper, 'disposal-01-list');
  await keeper.getByRole('tab', { name: '审批与赔偿设置' }).click();
  await keeper.getByText('报废审批档次').waitFor();
  await settled(keeper);
  await screenshot(keeper, 'disposal-01b-settings');
  await keeper.getByRole('tab', { name: '报废申请' }).click();
  await keeper.getByRole('button', { name: '申请报废' }).click();
  const form = overlay(keeper);
  const cardItem = form.locator('.ant-form-item').filter({ has: keeper.locator('label[title="资产"]') });
  await cardItem.locator('.ant-select-selector').click();
  await cardItem.locator('input').first().fill(card.code);
  await keeper.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: card.code }).first().click();
  await keeper.keyboard.press('Escape');
  const condItem = form.locator('.ant-form-item').filter({ has: keeper.locator('label[title^="报废报损情形"]') });
  await condItem.locator('.ant-select-selector').click();
  await keeper.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '因技术原因' }).click();
  await form.getByLabel('申请理由').fill('使用多年，主要部件损坏，厂家已停产无配件');
  await form.getByLabel('技术鉴定意见').fill('经电教中心鉴定：无维修价值，建议报废');
  await settled(keeper);
  await screenshot(keeper, 'disposal-02-request-form');
  await form.getByRole('button', { name: '提交申请' }).click();
  await keeper.getByText('资产转为待报废').first().waitFor();
  const drawer = keeper.locator('.ant-drawer-content-wrapper:visible');
  await drawer.getByText('资产管理员审核').first().waitFor();
  await settled(keeper);
  await screenshot(keeper, 'disposal-03-submitted');

  // 2. Review and the collective decision with its minutes (recorded through the API to keep the journey short).
  const list = await keeperApi.get<{ items: { id: number; version: number }[] }>('/api/v1/asset-disposals?status=in_approval');
  const request = list.body.items[0];
  assert.ok(request);
  let res = await keeperApi.post<{ disposal: { id: number; version: number; currentStep: string | null } }>(`/api/v1/asset-disposals/${request.id}/steps`, { version: request.version, step: 'asset_review', decision: 'approve', note: '已核实' });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  const png = await sharp({ create: { width: 200, height: 120, channels: 3, background: '#ffffff' } }).png().toBuffer();
  const fd = new FormData();
  fd.append('ownerType', 'asset_disposal');
  fd.append('ownerId', String(request.id));
  fd.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), '校务会纪要.png');
  const minutes = await keeperApi.request<Body>('POST', '/api/v1/files', fd);
  assert.equal(minutes.status, 200, JSON.stringify(minutes.body));
  res = await keeperApi.post(`/api/v1/asset-disposals/${request.id}/steps`, {
    version: res.body.disposal.version, step: 'collective', decision: 'approve', meetingDate: new Date().toISOString().slice(0, 10), minutesFileId: minutes.body.id,
  });
  assert.equal(res.status, 200, JSON.stringify(res.body));

  // 3. The principal approves from 待我审批.
  const principal = await signedInDesk(world.browser, 'sf-principal');
  await principal.goto(`${world.server.url}/assets/disposals?id=${request.id}`);
  const pDrawer = principal.locator('.ant-drawer-content-wrapper:visible');
  await pDrawer.getByRole('button', { name: '办理：校长审批' }).click();
  await overlay(principal).getByLabel('意见').fill('同意报废');
  await overlay(principal).getByRole('button', { name: /提\s*交/ }).click();
  await principal.getByText('已办理').first().waitFor();

  // 4. The bureau inspector sees the district's requests with a school column and approves online.
  const bureau = await signedInDesk(world.browser, 'jyj-inspector');
  await bureau.goto(`${world.server.url}/assets/disposals`);
  await bureau.locator('.ant-table-row').filter({ hasText: '示范小学' }).first().waitFor();
  await settled(bureau);
  await screenshot(bureau, 'disposal-04-bureau-list');
  await bureau.locator('.ant-table-row').filter({ hasText: '示范小学' }).first().getByText('审批', { exact: true }).click();
  const bDrawer = bureau.locator('.ant-drawer-content-wrapper:visible');
  await bDrawer.getByRole('button', { name: '办理：主管部门审批' }).click();
  await overlay(bureau).getByLabel('意见').fill('同意');
  await overlay(bureau).getByRole('button', { name: /提\s*交/ }).click();
  await bureau.getByText('已办理').first().waitFor();

  // A dearer card would also need the finance bureau, recorded by the school from its paper reply.
  let detail = (await keeperApi.get<{ disposal: { version: number; currentStep: string | null; status: string } }>(`/api/v1/asset-disposals/${request.id}`)).body;
  if (detail.disposal.currentStep === 'finance_bureau') {
    res = await keeperApi.post(`/api/v1/asset-disposals/${request.id}/steps`, { version: detail.disposal.version, step: 'finance_bureau', decision: 'approve', docNo: '示财资〔2026〕8号', docDate: new Date().toISOString().slice(0, 10) });
    assert.equal(res.status, 200, JSON.stringify(res.body));
  }
  detail = (await keeperApi.get<{ disposal: { version: number; currentStep: string | null; status: string } }>(`/api/v1/asset-disposals/${request.id}`)).body;
  assert.equal(detail.disposal.status, 'approved');

  // 5. The storekeeper completes the disposal; the card leaves the ledger.
  await keeper.goto(`${world.server.url}/assets/disposals?id=${request.id}`);
  await drawer.getByText('待处置').first().waitFor();
  await settled(keeper);
  await screenshot(keeper, 'disposal-05-approved-chain');
  await drawer.getByRole('button', { name: '处置完成' }).click();
  await overlay(keeper).getByLabel('收入上缴说明').fill('已上缴国库');
  await overlay(keeper).getByRole('button', { name: '确认处置并销账' }).click();
  await keeper.getByText('资产已从台账中销账').first().waitFor();
  const after = (await keeperApi.get<Body>(`/api/v1/assets/${card.id}`)).body;
  assert.equal(after.status, 'disposed');
  const history = (await keeperApi.get<{ items: Body[] }>(`/api/v1/assets/${card.id}/history`)).body.items.filter((i) => i.kind === 'disposal');
  assert.ok(history.length >= 5);
  await keeper.goto(`${world.server.url}/assets/disposals`);
  await keeper.getByRole('tab', { name: '已处置' }).click();
  await keeper.locator('.ant-table-row').filter({ hasText: card.name }).first().waitFor();
  await settled(keeper);
  await screenshot(keeper, 'disposal-06-disposed-list');

  // 6. A damaged card: recorded and proposed by the storekeeper, approved by the principal, paid at finance.
  // Something a pupil can break: a card of modest value, not a building.
  const other = cards.find((c) => c.id !== card.id && c.originalValueFen > 10_000 && c.originalValueFen < 1_000_000) ?? card;
  const damage = await keeperApi.post<{ damage: { id: number; version: number } }>('/api/v1/asset-damages', {
    assetId: other.id, occurredOn: new Date().toISOString().slice(0, 10), cause: 'human', description: '课间追逐撞坏', partyType: 'student', partyName: '李小虎', partyClass: '一(1)班',
  });
  assert.equal(damage.status, 200, JSON.stringify(damage.body));
  const proposed = await keeperApi.post<{ damage: { version: number; proposedFen: number } }>(`/api/v1/asset-damages/${damage.body.damage.id}/propose`, { version: damage.body.damage.version });
  assert.equal(proposed.status, 200, JSON.stringify(proposed.body));
  await principal.goto(`${world.server.url}/assets/damages?id=${damage.body.damage.id}`);
  const dDrawer = principal.locator('.ant-drawer-content-wrapper:visible');
  await dDrawer.getByText('李小虎（一(1)班）').waitFor();
  await settled(principal);
  await screenshot(principal, 'disposal-07-damage-proposed');
  await dDrawer.getByRole('button', { name: '批准赔偿' }).click();
  await overlay(principal).getByRole('button', { name: /确\s*定/ }).click();
  await principal.getByText('已批准赔偿').first().waitFor();
  const financeApi = await api('sf-finance');
  const approved = (await financeApi.get<{ damage: { version: number; approvedFen: number } }>(`/api/v1/asset-damages/${damage.body.damage.id}`)).body.damage;
  const paid = await financeApi.post(`/api/v1/asset-damages/${damage.body.damage.id}/pay`, { version: approved.version, amountFen: approved.approvedFen, paidOn: new Date().toISOString().slice(0, 10), receiptNo: 'SJ-2026-001', collectedBy: '财务室' });
  assert.equal(paid.status, 200, JSON.stringify(paid.body));
  await principal.goto(`${world.server.url}/assets/damages`);
  await principal.locator('.ant-table-row').filter({ hasText: '已缴费' }).first().waitFor();
  await settled(principal);
  await screenshot(principal, 'disposal-08-damages-list');
});
