import { QR_TARGET_LABELS } from '@houqin/contracts';
import { type Actor, hasPermission } from '../../../platform/authz/actor.js';
import type { Db } from '../../../platform/db/database.js';
import { normalizeQrCode } from '../../../platform/qr/qr-code-text.js';
import { type QrAction, isRegisteredQrTarget, qrActionsFor, qrTargetDefinition } from '../../../platform/qr/qr-targets.js';
import { unknownQrCode } from '../qr.errors.js';
import { findQrCodeForLanding } from '../qr.repository.js';
import type { ResolveDto } from '../qr.schemas.js';

/** The button that lets a school's QR manager attach a fresh label from the phone. */
function linkAction(actor: Actor | null, schoolId: number, code: string): QrAction[] {
  return actor && actor.schoolId === schoolId && hasPermission(actor, 'qr', 'update')
    ? [{ key: 'link', label: '绑定到房间', href: `/m/qr/${code}/link` }]
    : [];
}

/**
 * What the phone landing page shows after a scan. Anyone holding the label sees the school,
 * the kind of thing and its public name and place; only a signed-in user of that school gets
 * the target's id and the actions their permissions allow.
 */
export async function resolveQrCode(db: Db, actor: Actor | null, rawCode: string): Promise<ResolveDto> {
  const code = normalizeQrCode(rawCode);
  const row = code ? await findQrCodeForLanding(db.kysely, code) : undefined;
  if (!code || !row) throw unknownQrCode();
  const insider = !!actor && actor.readableSchoolIds.includes(row.school_id);
  const outsiderMessage = actor ? `此标签属于${row.school_name}，请使用该校账号登录后查看详情` : '登录后可查看详情和办理业务';
  const unlinked = (message: string): ResolveDto => ({
    code, status: 'unlinked', message, schoolName: row.school_name, target: null,
    actions: linkAction(actor, row.school_id, code), loginRequired: !insider,
  });

  if (row.target_type === null || row.target_id === null) return unlinked('此标签尚未绑定到房间或设备，暂时不能使用');
  const type = row.target_type;
  const definition = qrTargetDefinition(type);
  const info = definition ? await definition.describe(db.kysely, [row.school_id], row.target_id) : undefined;
  if (!info || !isRegisteredQrTarget(type)) return unlinked('此标签原来绑定的对象已不存在，请联系后勤处重新绑定');
  const typeLabel = QR_TARGET_LABELS[type];
  if (!insider || !actor) {
    return {
      code, status: 'linked', message: outsiderMessage, schoolName: row.school_name,
      target: { type, typeLabel, id: null, name: info.name, location: info.location }, actions: [], loginRequired: true,
    };
  }
  return {
    code, status: 'linked', message: null, schoolName: row.school_name,
    target: { type, typeLabel, id: row.target_id, name: info.name, location: info.location },
    actions: qrActionsFor(actor, { type, id: row.target_id, schoolId: row.school_id }, info),
    loginRequired: false,
  };
}
