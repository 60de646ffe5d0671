import { Alert, Button, Descriptions, Drawer, Space, Tabs, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { FilesTab } from '../../components/FilesTab';
import { formatTime } from '../../lib/format-time';
import { money } from '../../lib/money';
import { DamageActionModal } from './DamageActionModal';
import { DAMAGE_STATUS_COLORS, type DamageActionKey, type DamageDetail, useDamage } from './damages-api';

const BUTTONS: { key: DamageActionKey; ability: 'propose' | 'approve' | 'waive' | 'pay' | 'cancel' | 'linkWorkOrder' | 'raiseRepair'; label: string; primary?: boolean }[] = [
  { key: 'raise-repair', ability: 'raiseRepair', label: '发起报修' },
  { key: 'work-order', ability: 'linkWorkOrder', label: '关联工单' },
  { key: 'cancel', ability: 'cancel', label: '撤销' },
  { key: 'waive', ability: 'waive', label: '免于赔偿' },
  { key: 'propose', ability: 'propose', label: '提出赔偿建议', primary: true },
  { key: 'approve', ability: 'approve', label: '批准赔偿', primary: true },
  { key: 'pay', ability: 'pay', label: '登记缴费', primary: true },
];

/** One damage record: what happened, the proposal and its basis, the decision, the payment, photos and the log. */
export function DamageDrawer({ id, onClose }: { id: number | null; onClose: () => void }) {
  const detail = useDamage(id);
  const d = detail.data?.damage;
  const [action, setAction] = useState<DamageActionKey | null>(null);
  return (
    <Drawer open={id !== null} onClose={onClose} width={720} title={d ? `损坏记录 ${d.id}：${d.assetName}` : '损坏记录'}
      extra={d ? <Space>{BUTTONS.filter((b) => d.abilities[b.ability]).map((b) => <Button key={b.key} type={b.primary ? 'primary' : 'default'} onClick={() => setAction(b.key)}>{b.label}</Button>)}</Space> : null}>
      {detail.isError ? <Alert type="error" showIcon message="加载失败" description={detail.error.message} /> : null}
      {d ? (
        <Tabs items={[
          {
            key: 'info', label: '详情', children: (
              <Descriptions size="small" bordered column={2} items={[
                { key: 'asset', label: '资产', span: 2, children: `${d.assetCode} ${d.assetName}（净值 ${money(d.netValueFen)}）` },
                { key: 'status', label: '状态', children: <Tag color={DAMAGE_STATUS_COLORS[d.status]}>{d.statusLabel}</Tag> },
                { key: 'date', label: '损坏日期', children: d.occurredOn },
                { key: 'cause', label: '原因', children: d.causeLabel },
                { key: 'party', label: '责任人', children: `${d.partyText}（${d.partyTypeLabel}）` },
                { key: 'desc', label: '经过', span: 2, children: d.description },
                { key: 'wo', label: '维修', span: 2, children: <RepairLink detail={detail.data} /> },
                { key: 'prop', label: '赔偿建议', span: 2, children: d.proposedFen !== null ? <span><Typography.Text strong>{money(d.proposedFen)}</Typography.Text>　{d.proposedBasis}</span> : '尚未提出' },
                { key: 'dec', label: '审批', span: 2, children: d.decidedAt ? `${d.status === 'waived' ? '免于赔偿' : `核定 ${money(d.approvedFen ?? 0)}`}${d.decisionReason ? `（${d.decisionReason}）` : ''}，${d.decidedByName ?? ''} ${formatTime(d.decidedAt)}` : '—' },
                { key: 'pay', label: '缴费', span: 2, children: d.paidOn ? `${money(d.paidFen ?? 0)}，${d.paidOn}，收据号 ${d.receiptNo ?? ''}，收款人 ${d.collectedBy ?? ''}` : '—' },
                ...(d.cancelReason ? [{ key: 'cancel', label: '撤销原因', span: 2, children: d.cancelReason }] : []),
              ]} />
            ),
          },
          {
            key: 'log', label: '办理记录', children: (
              <Timeline items={(detail.data?.log ?? []).map((l) => ({
                children: <div><Typography.Text strong>{l.actionLabel}</Typography.Text> <Typography.Text type="secondary">{l.actorName} {formatTime(l.at)}</Typography.Text>{l.note ? <div>{l.note}</div> : null}</div>,
              }))} />
            ),
          },
          { key: 'files', label: '照片与收据', children: <FilesTab ownerType="asset_damage" ownerId={d.id} /> },
        ]} />
      ) : null}
      {d && action ? <DamageActionModal damage={d} action={action} onClose={() => setAction(null)} /> : null}
    </Drawer>
  );
}

/** The linked repair with its progress, a link to it and its cost once known (the basis of a later proposal). */
function RepairLink({ detail }: { detail: DamageDetail | undefined }) {
  const d = detail?.damage;
  const r = detail?.repair;
  if (!d) return null;
  if (!r) return <Typography.Text type="secondary">{d.abilities.raiseRepair ? '尚未报修，可点击右上角「发起报修」' : '未关联维修'}</Typography.Text>;
  return (
    <Space wrap>
      <Link to={r.link}>{r.workOrderCode ? `维修工单 ${r.workOrderCode}` : `报修单 ${r.requestCode ?? ''}`}</Link>
      <Tag color={r.status === 'confirmed' || r.status === 'completed' ? 'success' : r.status === 'cancelled' || r.status === 'declined' ? 'default' : 'processing'}>{r.statusLabel}</Tag>
      {d.workOrderCostFen ? <span>维修费用 {money(d.workOrderCostFen)}</span> : null}
    </Space>
  );
}
