import { Card, List, Tag } from 'antd-mobile';
import { useParams } from 'react-router';
import { post } from '../../lib/api';
import { money } from '../../lib/money';
import type { MovementDetail } from '../../features/asset-movements/movements-api';
import { useMe } from '../app/session';
import { Page } from '../components/page';
import { RecordPage } from '../components/record-page';
import { formatRelativeTime } from '../lib/format';
import { useApi } from '../lib/use-api';
import { DecisionBar } from './decision-bar';
import { useDecision } from './use-decision';
import './approvals.css';

/** A transfer or loan waiting for approval, on the phone: what, for whom, why, and 同意 / 驳回. */
export function MovementApprovalPage() {
  const { id = '' } = useParams();
  const valid = /^\d+$/.test(id);
  const detail = useApi<MovementDetail>(valid ? `/asset-movements/${id}` : null);
  return (
    <RecordPage title="调拨借用审批" backTo="/m/approvals?tab=movements" valid={valid} state={detail} missingTitle="单据不存在或无权查看"
      missingDescription="这张单据可能已撤销，或不属于您所在的学校。">
      {(d) => <MovementView detail={d} reload={detail.reload} />}
    </RecordPage>
  );
}

function MovementView({ detail, reload }: { detail: MovementDetail; reload: () => void }) {
  const me = useMe();
  const { movement: m, lines, steps } = detail;
  const { busy, error, decide } = useDecision(
    (decision, note) => post(`/asset-movements/${m.id}/${decision}`, { version: m.version, ...(decision === 'reject' ? { reason: note } : note ? { note } : {}) }),
    { success: (decision) => (decision === 'approve' ? '已审批通过' : '已驳回，申请人会收到通知'), backTo: '/m/approvals?tab=movements', reload },
  );
  const total = lines.reduce((s, l) => s + l.originalValueFen, 0);
  return (
    <Page title={`${m.kindLabel}审批`} backTo="/m/approvals?tab=movements">
      <Card className="m-card" style={{ margin: 12 }} title={<span>{m.kindLabel}单 {m.code} <Tag color="warning">{m.statusLabel}</Tag></span>}>
        <div className="m-appr-meta">
          <div className="m-appr-value">{m.assetSummary}</div>
          <div><b>原值合计</b>{money(total)}（{lines.length} 件）</div>
          <div><b>申请人</b>{m.requesterName} · {m.submittedAt ? formatRelativeTime(m.submittedAt, me.schoolTimezone) : ''}</div>
          <div><b>{m.kind === 'loan' ? '借用人' : '调入'}</b>{m.toText || '—'}</div>
          {m.dueDate ? <div><b>归还期限</b>{m.dueDate}</div> : null}
          <div><b>事由</b>{m.reason}</div>
        </div>
      </Card>
      {m.abilities.approve ? <DecisionBar busy={busy} error={error} approveText="审批通过" onApprove={(note) => decide('approve', note)} onReject={(note) => decide('reject', note)} /> : null}
      <List mode="card" header={`资产清单（${lines.length} 件）`}>
        {lines.map((l) => (
          <List.Item key={l.id} description={`现在：${[l.custodianName, l.location].filter(Boolean).join(' · ') || '—'} · 原值 ${money(l.originalValueFen)}`} extra={<Tag>{l.statusLabel}</Tag>}>
            {l.name}<div className="m-muted" style={{ fontSize: 12 }}>{l.code}</div>
          </List.Item>
        ))}
      </List>
      <List mode="card" header="办理记录">
        {steps.map((s) => (
          <List.Item key={s.id} description={s.note ?? undefined}>{s.actionLabel} · {s.actorName}<span className="m-time">　{formatRelativeTime(s.at, me.schoolTimezone)}</span></List.Item>
        ))}
      </List>
    </Page>
  );
}
