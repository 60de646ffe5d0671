import { Type } from 'typebox';
import type { AppServices } from '../../../app-services.js';
import { requirePermission } from '../../../platform/authz/actor.js';
import { IdParams } from '../../../platform/http/scoped-crud.js';
import type { TypedApp } from '../../../platform/http/typed-app.js';
import { sendPdf } from '../../../platform/pdf/pdf-document.js';
import { AssetDto } from '../assets.schemas.js';
import { custodyListPdf, roomAssets, userAssets } from '../use-cases/custody-lists.js';

const TAGS = ['校产'];
const CustodyListDto = Type.Object({
  holder: Type.Object({ type: Type.String(), id: Type.Integer(), name: Type.String(), detail: Type.Union([Type.String(), Type.Null()]) }),
  schoolId: Type.Integer(), items: Type.Array(AssetDto), count: Type.Integer(), totalValueFen: Type.Integer(),
});

export function custodyRoutes(app: TypedApp, { db }: AppServices): void {
  const k = db.kysely;

  app.get('/rooms/:id/assets', {
    schema: { tags: TAGS, summary: '房间的资产（班级财产、各室分帐）', params: IdParams, response: { 200: CustodyListDto } },
  }, async (req) => roomAssets(k, db.dialect, requirePermission(req.actor, 'asset', 'read'), req.params.id));

  app.get('/rooms/:id/assets.pdf', {
    schema: { tags: TAGS, summary: '房间财产责任清单（PDF，供签字）', params: IdParams },
  }, async (req, reply) => {
    const list = await roomAssets(k, db.dialect, requirePermission(req.actor, 'asset', 'print'), req.params.id);
    const { body, fileName } = await custodyListPdf(k, list);
    return sendPdf(reply, fileName, body);
  });

  app.get('/users/:id/assets', {
    schema: { tags: TAGS, summary: '个人保管的资产（教师只能看自己的）', params: IdParams, response: { 200: CustodyListDto } },
  }, async (req) => userAssets(k, db.dialect, requirePermission(req.actor, 'asset', 'read'), req.params.id));

  app.get('/users/:id/assets.pdf', {
    schema: { tags: TAGS, summary: '个人财产责任清单（PDF，移交或签字用）', params: IdParams },
  }, async (req, reply) => {
    const list = await userAssets(k, db.dialect, requirePermission(req.actor, 'asset', 'print'), req.params.id);
    const { body, fileName } = await custodyListPdf(k, list);
    return sendPdf(reply, fileName, body);
  });
}
