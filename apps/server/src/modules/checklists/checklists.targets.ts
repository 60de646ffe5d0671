import type { ScopedTarget } from '../../platform/db/audited-writes.js';

/** How checklist rows appear to the audited-write helpers. */
export function templateTarget(id: number, schoolId: number): ScopedTarget {
  return { table: 'checklist_templates', entity: 'checklist_template', label: '检查表', id, schoolIds: [schoolId] };
}

export function resultTarget(id: number, schoolId: number): ScopedTarget {
  return { table: 'checklist_results', entity: 'checklist_result', label: '检查记录', id, schoolIds: [schoolId] };
}
