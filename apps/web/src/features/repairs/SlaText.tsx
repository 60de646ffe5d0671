import { Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import type { Sla } from './repairs-api';

/** The server's SLA label, red once late, with the due time on hover. */
export function SlaText({ sla }: { sla: Sla | null }) {
  if (!sla) return <Typography.Text type="secondary">—</Typography.Text>;
  const late = sla.resolveOverdue || (sla.clock === 'running' && sla.respondOverdue);
  const due = sla.resolveDueAt ? `完工时限 ${dayjs(sla.resolveDueAt).format('MM-DD HH:mm')}` : '';
  return (
    <Tooltip title={due || undefined}>
      <Typography.Text type={late ? 'danger' : sla.clock === 'paused' ? 'warning' : undefined} strong={late}>{sla.label}</Typography.Text>
    </Tooltip>
  );
}
