import { requirePermission } from '../../platform/authz/actor.js';
import { notFound } from '../../platform/http/errors.js';
import type { ModuleRoutes } from '../../platform/http/typed-app.js';
import { sendXlsx } from '../../platform/excel/xlsx-export.js';
import { sendPdf } from '../../platform/pdf/pdf-document.js';
import { normalizeQrCode } from '../../platform/qr/qr-code-text.js';
import { publicBaseUrl } from './qr-base-url.js';
import {
  LabelsBody, LinkBody, QrBatchBody, QrBatchDto, QrBatchListQuery, QrBatchPage, QrCodeDto, QrCodeListQuery, QrCodePage, QrCodeParams,
  ResolveDto, UnlinkBody,
} from './qr.schemas.js';
import { registerRoomQrTarget } from './targets/room-qr-target.js';
import { createQrBatch } from './use-cases/create-qr-batch.js';
import { exportQrCodes } from './use-cases/export-qr-codes.js';
import { linkQrCode } from './use-cases/link-qr-code.js';
import { getQrCodeDto, listQrBatchesPage, listQrCodesPage } from './use-cases/list-qr-codes.js';
import { printQrLabels } from './use-cases/print-qr-labels.js';
import { resolveQrCode } from './use-cases/resolve-qr-code.js';
import { unlinkQrCode } from './use-cases/unlink-qr-code.js';

const TAGS = ['二维码'];

export const qrRoutes: ModuleRoutes = (app, { db, config }) => {
  registerRoomQrTarget();

  app.get('/qr-codes', {
    schema: { tags: TAGS, summary: '二维码列表', querystring: QrCodeListQuery, response: { 200: QrCodePage } },
  }, async (req) => {
    const actor = requirePermission(req.actor, 'qr', 'read');
    return listQrCodesPage(db, actor, req.query, publicBaseUrl(config, req));
  });

  app.get('/qr-codes/export.xlsx', {
    schema: { tags: TAGS, summary: '导出二维码清单（Excel）', querystring: QrCodeListQuery },
  }, async (req, reply) => {
    const actor = requirePermission(req.actor, 'qr', 'export');
    return sendXlsx(reply, `二维码清单-${new Date().toISOString().slice(0, 10)}.xlsx`, await exportQrCodes(db, actor, req.query, publicBaseUrl(config, req)));
  });

  app.get('/qr-codes/:code', {
    schema: { tags: TAGS, summary: '单个二维码', params: QrCodeParams, response: { 200: QrCodeDto } },
  }, async (req) => {
    const actor = requirePermission(req.actor, 'qr', 'read');
    const code = normalizeQrCode(req.params.code);
    const dto = code ? await getQrCodeDto(db, actor, code, publicBaseUrl(config, req)) : undefined;
    if (!dto) throw notFound('二维码');
    return dto;
  });

  app.post('/qr-codes/:code/link', {
    schema: {
      tags: TAGS, summary: '绑定或改绑二维码（对象已有二维码时需 replace: true）', params: QrCodeParams, body: LinkBody, response: { 200: QrCodeDto },
    },
  }, async (req) => {
    const actor = requirePermission(req.actor, 'qr', 'update');
    await linkQrCode(db, actor, req.params.code, req.body);
    const dto = await getQrCodeDto(db, actor, normalizeQrCode(req.params.code) ?? '', publicBaseUrl(config, req));
    if (!dto) throw notFound('二维码');
    return dto;
  });

  app.post('/qr-codes/:code/unlink', {
    schema: { tags: TAGS, summary: '解绑二维码', params: QrCodeParams, body: UnlinkBody, response: { 200: QrCodeDto } },
  }, async (req) => {
    const actor = requirePermission(req.actor, 'qr', 'update');
    await unlinkQrCode(db, actor, req.params.code, req.body);
    const dto = await getQrCodeDto(db, actor, normalizeQrCode(req.params.code) ?? '', publicBaseUrl(config, req));
    if (!dto) throw notFound('二维码');
    return dto;
  });

  app.get('/qr-batches', {
    schema: { tags: TAGS, summary: '二维码批次列表', querystring: QrBatchListQuery, response: { 200: QrBatchPage } },
  }, async (req) => {
    const actor = requirePermission(req.actor, 'qr', 'read');
    return listQrBatchesPage(db, actor, req.query);
  });

  app.post('/qr-batches', {
    schema: { tags: TAGS, summary: '批量生成空白二维码（最多 1000 个）', body: QrBatchBody, response: { 200: QrBatchDto } },
  }, async (req) => {
    const actor = requirePermission(req.actor, 'qr', 'create');
    const { id } = await createQrBatch(db, actor, req.body);
    const dto = (await listQrBatchesPage(db, actor, { id, page: 1, pageSize: 1 })).items[0];
    if (!dto) throw notFound('二维码批次');
    return dto;
  });

  app.post('/qr/labels', {
    schema: {
      tags: TAGS, summary: '打印二维码标签（PDF）：房间或批次二选一；没有二维码的房间会自动生成', body: LabelsBody,
      response: { 200: { type: 'string', format: 'binary', description: 'application/pdf' } },
    },
  }, async (req, reply) => {
    const actor = requirePermission(req.actor, 'qr', 'print');
    const { pdf } = await printQrLabels(db, actor, req.body, publicBaseUrl(config, req));
    return sendPdf(reply, '二维码标签.pdf', pdf);
  });

  app.get('/qr/resolve/:code', {
    schema: { tags: TAGS, summary: '扫码落地页数据（无需登录；未登录只返回公开信息）', params: QrCodeParams, response: { 200: ResolveDto } },
  }, async (req) => resolveQrCode(db, req.actor, req.params.code));
};
