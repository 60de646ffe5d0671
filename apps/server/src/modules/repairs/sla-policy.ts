import type { FieldError } from '../../platform/http/errors.js';
import { URGENCY_LABELS, type Urgency } from './repairs.labels.js';

/** A target in working time: working minutes, or whole working days on the school calendar. */
export type SlaUnit = 'minutes' | 'days';
export interface SlaTarget { value: number; unit: SlaUnit }

/**
 * Response (接单) and resolution (完工) targets per urgency. A scheduled (预约) job is resolved by
 * the time agreed with the requester, so it only has a response target.
 */
export interface SlaPolicy {
  urgent: { respond: SlaTarget; resolve: SlaTarget };
  normal: { respond: SlaTarget; resolve: SlaTarget };
  scheduled: { respond: SlaTarget };
}

/** The users' defaults: 紧急 30 min / 4 working hours; 一般 4 working hours / 2 working days. */
export const DEFAULT_SLA_POLICY: SlaPolicy = {
  urgent: { respond: { value: 30, unit: 'minutes' }, resolve: { value: 240, unit: 'minutes' } },
  normal: { respond: { value: 240, unit: 'minutes' }, resolve: { value: 2, unit: 'days' } },
  scheduled: { respond: { value: 240, unit: 'minutes' } },
};

const MAX = { minutes: 60 * 24 * 30, days: 60 } as const;
const UNIT_LABELS: Record<SlaUnit, string> = { minutes: '工作分钟', days: '工作日' };

function isTarget(v: unknown): v is SlaTarget {
  if (typeof v !== 'object' || v === null) return false;
  const t = v as Record<string, unknown>;
  return (t.unit === 'minutes' || t.unit === 'days') && typeof t.value === 'number' && Number.isInteger(t.value) && t.value > 0;
}

/** Reads repair_settings.sla_policy; a missing or damaged target falls back to its default so deadlines never stop. */
export function parseSlaPolicy(json: string): SlaPolicy {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return DEFAULT_SLA_POLICY;
  }
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, Record<string, unknown> | undefined>;
  const pick = (u: Urgency, k: 'respond' | 'resolve', fallback: SlaTarget): SlaTarget => {
    const v = r[u]?.[k];
    return isTarget(v) ? v : fallback;
  };
  return {
    urgent: { respond: pick('urgent', 'respond', DEFAULT_SLA_POLICY.urgent.respond), resolve: pick('urgent', 'resolve', DEFAULT_SLA_POLICY.urgent.resolve) },
    normal: { respond: pick('normal', 'respond', DEFAULT_SLA_POLICY.normal.respond), resolve: pick('normal', 'resolve', DEFAULT_SLA_POLICY.normal.resolve) },
    scheduled: { respond: pick('scheduled', 'respond', DEFAULT_SLA_POLICY.scheduled.respond) },
  };
}

/** Rough size of a target in working minutes, only to compare targets of different units. */
function roughMinutes(t: SlaTarget): number {
  return t.unit === 'minutes' ? t.value : t.value * 480;
}

/** What is wrong with an edited policy, per field, in Chinese. */
export function slaPolicyProblems(policy: SlaPolicy): FieldError[] {
  const problems: FieldError[] = [];
  const check = (u: Urgency, k: 'respond' | 'resolve', t: SlaTarget) => {
    const what = `「${URGENCY_LABELS[u]}」的${k === 'respond' ? '响应' : '完成'}时限`;
    if (t.value > MAX[t.unit]) problems.push({ field: `slaPolicy.${u}.${k}.value`, message: `${what}不能超过 ${MAX[t.unit]} ${UNIT_LABELS[t.unit]}` });
  };
  for (const u of ['urgent', 'normal'] as const) {
    check(u, 'respond', policy[u].respond);
    check(u, 'resolve', policy[u].resolve);
    if (roughMinutes(policy[u].respond) > roughMinutes(policy[u].resolve)) {
      problems.push({ field: `slaPolicy.${u}.respond`, message: `「${URGENCY_LABELS[u]}」的响应时限不能长于完成时限` });
    }
  }
  check('scheduled', 'respond', policy.scheduled.respond);
  return problems;
}
