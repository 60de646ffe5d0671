import { QR_TARGET_LABELS, type QrTargetType } from '@houqin/contracts';
import { type Actor, hasPermission } from '../../platform/authz/actor.js';
import { qrCodeUrl } from '../../platform/qr/qr-code-text.js';
import type { QrTargetInfo } from '../../platform/qr/qr-targets.js';
import type { QrCodeRow } from './qr.repository.js';
import type { QrBatchDto, QrCodeDto } from './qr.schemas.js';

function writesTo(actor: Actor, schoolId: number): boolean {
  return actor.schoolId === schoolId;
}

function typeLabel(type: string | null): string | null {
  return type === null ? null : QR_TARGET_LABELS[type as QrTargetType] ?? type;
}

export function presentQrCode(
  row: QrCodeRow & { batch_name: string | null },
  target: QrTargetInfo | undefined,
  baseUrl: string,
  actor: Actor,
): QrCodeDto {
  const mine = writesTo(actor, row.school_id);
  const update = mine && hasPermission(actor, 'qr', 'update');
  return {
    id: row.id,
    code: row.code,
    url: qrCodeUrl(baseUrl, row.code),
    batchId: row.batch_id,
    batchName: row.batch_name,
    targetType: row.target_type,
    targetTypeLabel: typeLabel(row.target_type),
    targetId: row.target_id,
    targetName: target?.name ?? null,
    targetLocation: target?.location ?? null,
    linkedAt: row.linked_at,
    createdAt: row.created_at,
    version: row.version,
    abilities: { link: update, unlink: update && row.target_id !== null, print: mine && hasPermission(actor, 'qr', 'print') },
  };
}

export function presentQrBatch(
  row: { id: number; school_id: number; name: string; size: number; created_at: string; created_by_name: string | null; linked_count: number | string | null },
  actor: Actor,
): QrBatchDto {
  return {
    id: row.id,
    name: row.name,
    size: row.size,
    linkedCount: Number(row.linked_count ?? 0),
    createdAt: row.created_at,
    createdByName: row.created_by_name,
    abilities: { print: writesTo(actor, row.school_id) && hasPermission(actor, 'qr', 'print') },
  };
}
