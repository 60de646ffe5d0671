import { List, Tag } from 'antd-mobile';
import type { MovementDetail } from '../../features/asset-movements/movements-api';
import { useMe } from '../app/session';
import { formatRelativeTime } from '../lib/format';
import { RequestExtensionForm } from './request-extension-form';

const STATUS_COLOR: Record<string, string> = { pending: 'warning', granted: 'success', declined: 'danger', lapsed: 'default' };

/**
 * A loan's extensions on the phone: the borrower's 申请续借 (and its answer), the form to ask while
 * the loan is out and theirs, and the 续借 history — when, old → new due date, who, why.
 */
export function LoanExtensions({ detail, onChanged }: { detail: MovementDetail; onChanged: () => void }) {
  const me = useMe();
  const m = detail.movement;
  const latest = detail.extensionRequests.at(-1);
  return (
    <>
      {latest ? (
        <List mode="card" header="续借申请">
          <List.Item extra={<Tag color={STATUS_COLOR[latest.status] ?? 'default'}>{latest.statusLabel}</Tag>}
            description={<span>理由：{latest.reason}{latest.decisionNote ? <><br />{latest.decidedByName ?? '保管员'}：{latest.decisionNote}</> : null}</span>}>
            希望归还至 {latest.toDate}
            <div className="m-move-step"><time style={{ marginLeft: 0 }}>{latest.requesterName} · {formatRelativeTime(latest.createdAt, me.schoolTimezone)}</time></div>
          </List.Item>
        </List>
      ) : null}
      {m.abilities.requestExtension ? <RequestExtensionForm movement={m} onDone={onChanged} /> : null}
      {detail.extensions.length ? (
        <List mode="card" header={`续借记录（${detail.extensions.length} 次）`} data-testid="loan-extensions">
          {detail.extensions.map((e) => (
            <List.Item key={e.id} description={<span>理由：{e.reason}</span>}>
              <div className="m-move-step">归还期限 {e.fromDate} → <b>{e.toDate}</b><div><time style={{ marginLeft: 0 }}>{e.actorName} · {formatRelativeTime(e.at, me.schoolTimezone)}</time></div></div>
            </List.Item>
          ))}
        </List>
      ) : null}
    </>
  );
}
