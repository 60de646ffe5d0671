import { Card, Tag } from 'antd-mobile';
import { useMe } from '../app/session';
import { formatRelativeTime } from '../lib/format';
import { SlaTag, UrgencyTag } from './sla-tag';
import type { RepairRequest, WorkOrder } from './types';

/** One request or work order in a list: place and category first, then state and deadline. */
export function RepairCard({ item, onClick }: { item: RepairRequest | WorkOrder; onClick: () => void }) {
  const me = useMe();
  const state = 'progressLabel' in item ? item.progressLabel : item.statusLabel;
  return (
    <Card className="m-card m-repair-card" onClick={onClick}>
      <div className="m-repair-head">
        <span className="m-repair-code">{item.code}</span>
        <Tag color="primary">{state}</Tag>
      </div>
      <div className="m-repair-title">{item.location || item.roomName || item.locationText || '未填写地点'} · {item.categoryName}</div>
      <div className="m-repair-desc m-clamp-2">{item.description}</div>
      <div className="m-tags">
        <UrgencyTag urgency={item.urgency} label={item.urgencyLabel} />
        <SlaTag sla={item.sla} />
      </div>
      <div className="m-time">{item.requesterName} · {formatRelativeTime(item.reportedAt, me.schoolTimezone)}</div>
    </Card>
  );
}
