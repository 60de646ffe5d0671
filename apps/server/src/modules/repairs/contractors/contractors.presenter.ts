import { type Actor, hasPermission } from '../../../platform/authz/actor.js';
import { settingsAbilities } from '../settings.presenter.js';
import type { ContractorRow, contractorParts } from './contractors.repository.js';
import type { ContractorDto } from './contractors.schemas.js';

type Parts = Awaited<ReturnType<typeof contractorParts>>;

export function presentContractor(actor: Actor, c: ContractorRow, parts: Parts): ContractorDto {
  const settings = settingsAbilities(actor, c.school_id);
  return {
    id: c.id, name: c.name, contactName: c.contact_name, phone: c.phone, licenceNote: c.licence_note, active: c.active === 1,
    categories: parts.categories.filter((p) => p.contractor_id === c.id).map((p) => ({ id: p.id, name: p.name })),
    accounts: parts.accounts.filter((a) => a.contractor_id === c.id).map((a) => ({
      id: a.id, staffNo: a.staff_no, name: a.name, phone: a.phone, active: a.active === 1, lastLoginAt: a.last_login_at,
    })),
    openCount: Number(parts.open.find((o) => o.contractor_id === c.id)?.n ?? 0),
    version: c.version,
    abilities: {
      ...settings,
      addAccount: settings.update && c.active === 1 && actor.schoolId === c.school_id && hasPermission(actor, 'repair_settings', 'create'),
    },
  };
}
