import { type Actor, hasPermission } from '../../platform/authz/actor.js';
import { PHOTO_RULE_LABELS } from './repairs.labels.js';
import type { RepairSettings } from './settings.repository.js';
import type { RepairSettingsDto } from './settings.schemas.js';

/** Settings rows are the school's own: editable only there, and only with the permission. */
export function settingsAbilities(actor: Actor, schoolId: number) {
  const own = actor.schoolId === schoolId;
  return { update: own && hasPermission(actor, 'repair_settings', 'update'), delete: own && hasPermission(actor, 'repair_settings', 'delete') };
}

export function presentSettings(actor: Actor, s: RepairSettings): RepairSettingsDto {
  return {
    slaPolicy: s.slaPolicy, photoRule: s.photoRule, photoRuleLabel: PHOTO_RULE_LABELS[s.photoRule], completionPhotoRequired: s.completionPhotoRequired,
    autoConfirmDays: s.autoConfirmDays, autoConvert: s.autoConvert, repeatWindowDays: s.repeatWindowDays, publicBoard: s.publicBoard, publicBoardPath: `/board/${encodeURIComponent(s.schoolCode)}`, version: s.version,
    abilities: { update: settingsAbilities(actor, s.schoolId).update },
  };
}
