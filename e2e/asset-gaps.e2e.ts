import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { ApiClient } from '../apps/server/test/api-client.js';
import { DEMO_PASSWORD, cameraPhoto, demoWorld, desktopContext, desktopSignIn, phoneContext, phoneSignIn, screenshot, settled } from './lib/index.js';

// Issue 4's workflow gaps on the demo school: the storekeeper opens a card on the phone (as after
// scanning its label) and reports it damaged; the principal approves, on the phone under 待我审批,
// the 报废 request waiting for her and a teacher's loan; the storekeeper lends it and grants a 续借 on
// the desktop; the head of logistics raises the desk's repair from its damage record.
const world = demoWorld();

type Body = Record<string, unknown>;
interface Card { id: number; code: string; name: string; status: string }
interface Detail { movement: { id: number; version: number; code: string } }

const overlay = (page: Page) => page.locator('.ant-modal:visible, .ant-drawer-content-wrapper:visible').last();
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

async function api(staffNo: string): Promise<ApiClient> {
  const c = new ApiClient(world.server.url);
  assert.equal((await c.login(staffNo, DEMO_PASSWORD)).status, 200);
  return c;
}

async function signedInDesk(browser: Browser, staffNo: string): Promise<Page> {
  const page = await (await desktopContext(browser)).newPage();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await desktopSignIn(page, world.server, staffNo);
  return page;
}

test('phone 报损坏 from the card → principal approves a disposal and a loan on the phone → desktop 续借 → damage raises its repair', async () => {
  const keeperApi = await api('sf-keeper');
  const cards = (await keeperApi.get<{ items: Card[] }>('/api/v1/assets?pageSize=200')).body.items;
  const desk = cards.find((c) => c.name.startsWith('学生课桌椅'));
  const microscope = cards.find((c) => c.name === '生物显微镜');
  assert.ok(desk && microscope, 'demo cards');

  // 1. The storekeeper opens a desk's card on the phone (as after scanning its label) and reports it damaged.
  const phone = await (await phoneContext(world.browser)).newPage();
  await phone.goto(`${world.server.url}/m/assets/${desk.id}`);
  await phoneSignIn(phone, 'sf-keeper');
  await phone.getByRole('heading', { name: desk.name }).waitFor();
  await phone.getByRole('button', { name: '报损坏' }).waitFor();
  await settled(phone);
  await screenshot(phone, 'gaps-01-phone-card');
  await phone.getByRole('button', { name: '报损坏' }).click();
  await phone.getByText('损坏经过').waitFor();
  await phone.getByRole('button', { name: '登记损坏' }).click();
  await phone.getByText('请写明损坏经过').waitFor();
  await phone.getByText('请填写责任人姓名').waitFor();
  await phone.getByText('请填写责任人姓名').scrollIntoViewIfNeeded();
  await settled(phone);
  await screenshot(phone, 'gaps-02-phone-damage-errors');
  await phone.getByText('意外', { exact: true }).click();
  await phone.getByPlaceholder(/时间、地点、怎么损坏的/).fill('课间在课桌上跳跃，桌面开裂、桌腿弯折');
  await phone.getByPlaceholder('学生姓名').fill('陈小雨');
  await phone.getByPlaceholder('所在班级').fill('一(1)班');
  await phone.locator('input[type=file]').setInputFiles(await cameraPhoto('#8a6d3b'));
  await phone.locator('.m-photo img').first().waitFor();
  await phone.locator('.m-photo img').first().scrollIntoViewIfNeeded();
  await settled(phone);
  await screenshot(phone, 'gaps-03-phone-damage-form');
  await phone.getByRole('button', { name: '登记损坏' }).click();
  await phone.getByText('已登记损坏').waitFor();
  await phone.getByText(/责任人：陈小雨（一\(1\)班）/).waitFor();
  await settled(phone);
  await screenshot(phone, 'gaps-04-phone-damage-done');
  const damages = (await keeperApi.get<{ items: Body[] }>(`/api/v1/asset-damages?assetId=${desk.id}`)).body.items;
  assert.equal(damages.length, 1);
  const photos = (await keeperApi.get<{ items: Body[] }>(`/api/v1/files?ownerType=asset_damage&ownerId=${String(damages[0]?.id)}`)).body.items;
  assert.equal(photos.length, 1, 'the photo went onto the record');

  // 2. A teacher asks to borrow an idle microscope; the principal sees it and the demo 报废 request under 待我审批.
  const teacherApi = await api('sf-teacher');
  const microscopeCard = (await keeperApi.get<{ version: number }>(`/api/v1/assets/${microscope.id}`)).body;
  assert.equal((await keeperApi.patch(`/api/v1/assets/${microscope.id}`, { version: microscopeCard.version, status: 'idle' })).status, 200);
  const asked = await teacherApi.post<Detail>('/api/v1/asset-movements', { kind: 'loan', assetIds: [microscope.id], reason: '公开课录课借用显微镜', dueDate: inDays(2), submit: true });
  assert.equal(asked.status, 200, JSON.stringify(asked.body));

  const pPhone = await (await phoneContext(world.browser)).newPage();
  await pPhone.goto(`${world.server.url}/m`);
  await phoneSignIn(pPhone, 'sf-principal');
  await pPhone.getByText('待我审批').waitFor();
  await settled(pPhone);
  await screenshot(pPhone, 'gaps-05-phone-home-approvals');
  await pPhone.getByText('待我审批').click();
  await pPhone.getByText(/报废：激光打印机/).waitFor();
  await settled(pPhone);
  await screenshot(pPhone, 'gaps-06-phone-approvals-list');
  await pPhone.getByText(/报废：激光打印机/).click();
  await pPhone.getByText('原值 ¥899.00').first().waitFor();
  await pPhone.getByText('校务会议研究同意报废').first().waitFor();
  await settled(pPhone);
  await screenshot(pPhone, 'gaps-07-phone-disposal');
  await pPhone.getByText('办理记录').scrollIntoViewIfNeeded();
  await settled(pPhone);
  await screenshot(pPhone, 'gaps-07b-phone-disposal-chain');
  await pPhone.getByPlaceholder(/审批意见/).fill('同意报废，按规定回收处置');
  await pPhone.getByRole('button', { name: '同意' }).click();
  await pPhone.getByText(/已同意/).waitFor();
  await pPhone.getByRole('tab', { name: '调拨借用' }).click();
  await pPhone.getByText('生物显微镜').first().click();
  await pPhone.getByText('公开课录课借用显微镜').first().waitFor();
  await pPhone.getByPlaceholder(/审批意见/).fill('同意，按期归还');
  await pPhone.locator('.adm-toast-mask').waitFor({ state: 'hidden' });
  await settled(pPhone);
  await screenshot(pPhone, 'gaps-08-phone-loan-approval');
  await pPhone.getByRole('button', { name: '审批通过' }).click();
  await pPhone.getByText('已审批通过').waitFor();
  await pPhone.getByText('暂无待审批事项').waitFor();
  await pPhone.locator('.adm-toast-mask').waitFor({ state: 'hidden' });
  await settled(pPhone);
  await screenshot(pPhone, 'gaps-09-phone-approvals-empty');
  const principalApi = await api('sf-principal');
  const disposal = (await principalApi.get<{ items: Body[] }>('/api/v1/asset-disposals?status=in_approval')).body.items.find((d) => String(d.summary).includes('激光打印机'));
  assert.equal(disposal?.currentStep, 'bureau', 'the principal step is done; the bureau is next');

  // 3. The storekeeper lends the microscope, then grants a 续借 on the desktop.
  const approved = await keeperApi.get<Detail>(`/api/v1/asset-movements/${asked.body.movement.id}`);
  const lent = await keeperApi.post<Detail>(`/api/v1/asset-movements/${asked.body.movement.id}/lend`, { version: approved.body.movement.version });
  assert.equal(lent.status, 200, JSON.stringify(lent.body));
  const keeperDesk = await signedInDesk(world.browser, 'sf-keeper');
  await keeperDesk.goto(`${world.server.url}/assets/movements?open=${asked.body.movement.id}`);
  const drawer = keeperDesk.locator('.ant-drawer-content-wrapper:visible');
  await drawer.getByRole('button', { name: /^续\s*借$/ }).click();
  const modal = overlay(keeperDesk);
  await modal.getByText(`现归还期限 ${inDays(2)}`).waitFor();
  await modal.getByLabel('新的归还期限').fill(inDays(9));
  await modal.getByLabel('新的归还期限').press('Enter');
  await modal.getByLabel('续借理由').fill('录课改到下周，借用人申请延长一周');
  await settled(keeperDesk);
  await screenshot(keeperDesk, 'gaps-10-desk-extend');
  await modal.getByRole('button', { name: /续\s*借/ }).click();
  await keeperDesk.getByText(/已续借/).first().waitFor();
  await drawer.getByText('已续借 1 次').waitFor();
  await drawer.getByText('录课改到下周，借用人申请延长一周').first().waitFor();
  await drawer.getByText(inDays(9)).first().waitFor();
  await keeperDesk.locator('.ant-message-notice').first().waitFor({ state: 'hidden' });
  await settled(keeperDesk);
  await screenshot(keeperDesk, 'gaps-11-desk-extended');
  const inbox = (await teacherApi.get<{ items: Body[] }>('/api/v1/notifications')).body.items;
  assert.ok(inbox.some((n) => n.kind === 'asset_movement.extended'), 'the borrower is told');

  // 4. The head of logistics raises the repair of the broken desk from the record made on the phone.
  const deskDamage = damages[0];
  assert.ok(deskDamage);
  const head = await signedInDesk(world.browser, 'sf-head');
  await head.goto(`${world.server.url}/assets/damages?id=${String(deskDamage.id)}`);
  const dDrawer = head.locator('.ant-drawer-content-wrapper:visible');
  await dDrawer.getByText('尚未报修').waitFor();
  await dDrawer.getByRole('button', { name: '发起报修' }).click();
  const raise = overlay(head);
  const category = raise.locator('.ant-form-item').filter({ has: head.locator('label[title="报修分类"]') });
  await category.locator('.ant-select-selector').click();
  await head.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '桌椅' }).click();
  await settled(head);
  await screenshot(head, 'gaps-12-desk-raise-repair');
  await raise.getByRole('button', { name: /确\s*定/ }).click();
  await head.getByText('已发起报修').first().waitFor();
  await dDrawer.getByRole('link', { name: /维修工单 WX/ }).waitFor();
  await head.locator('.ant-message-notice').first().waitFor({ state: 'hidden' });
  await settled(head);
  await screenshot(head, 'gaps-13-desk-damage-repair-linked');
});
