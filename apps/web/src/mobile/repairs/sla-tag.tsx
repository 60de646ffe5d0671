import { Tag } from 'antd-mobile';
import type { Sla, Urgency } from './types';

/** The deadline in words, red once late so the overdue job stands out in a list. */
export function SlaTag({ sla }: { sla: Sla | null }) {
  if (!sla) return null;
  const late = sla.resolveOverdue || sla.respondOverdue;
  const color = late ? 'danger' : sla.clock === 'paused' ? 'warning' : sla.clock === 'stopped' ? 'default' : 'primary';
  return <Tag color={color} fill={late ? 'solid' : 'outline'}>{sla.label}</Tag>;
}

export function UrgencyTag({ urgency, label }: { urgency: Urgency; label: string }) {
  const color = urgency === 'urgent' ? 'danger' : urgency === 'scheduled' ? 'success' : 'default';
  return <Tag color={color} fill="outline">{label}</Tag>;
}
