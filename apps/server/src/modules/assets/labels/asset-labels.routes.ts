import { requirePermission } from '../../../platform/authz/actor.js';
import type { ModuleRoutes } from '../../../platform/http/typed-app.js';
import { sendPdf } from '../../../platform/pdf/pdf-document.js';
import { publicBaseUrl } from '../../qr/qr-base-url.js';
import { AssetLabelsBody } from './asset-labels.schemas.js';
import { printAssetLabels } from './print-asset-labels.js';

/** 资产标签: QR labels for cards, on A4 sheets or a label printer's roll. */
export const assetLabelsRoutes: ModuleRoutes = (app, { db, config }) => {
  app.post('/assets/labels', {
    schema: {
      tags: ['校产'], summary: '打印资产二维码标签（PDF）：指定资产、一个房间或筛选条件三选一；没有二维码的卡片自动生成并绑定',
      body: AssetLabelsBody, response: { 200: { type: 'string', format: 'binary', description: 'application/pdf' } },
    },
  }, async (req, reply) => {
    const actor = requirePermission(req.actor, 'asset', 'print');
    const { pdf, count } = await printAssetLabels(db, actor, req.body, publicBaseUrl(config, req));
    reply.header('x-label-count', String(count));
    return sendPdf(reply, '资产标签.pdf', pdf);
  });
};
