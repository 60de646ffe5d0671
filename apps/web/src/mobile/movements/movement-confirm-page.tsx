import { Button, Card, List, Tag, TextArea } from 'antd-mobile';
import { useState } from 'react';
import { useParams } from 'react-router';
import { useMe } from '../app/session';
import { ApiError, post } from '../../lib/api';
import type { MovementDetail } from '../../features/asset-movements/movements-api';
import { Toast } from '../components/imperative';
import { LoadFailed, Loading } from '../components/load-state';
import { Page } from '../components/page';
import { describeError } from '../lib/describe-error';
import { formatRelativeTime } from '../lib/format';
import { useApi } from '../lib/use-api';
import { LoanExtensions } from './loan-extensions';

/**
 * One document on the phone. The receiver (often a 班主任 standing in the classroom with the new
 * desks) checks the list and confirms receipt, or refuses with a reason; custody changes on confirm.
 * A borrower sees the loan's 续借 history and may ask for more time (申请续借).
 */
export function MovementConfirmPage() {
  const { id } = useParams();
  const me = useMe();
  const doc = useApi<MovementDetail>(`/asset-movements/${Number(id)}`);
  const [note, setNote] = useState('');
  const [refusing, setRefusing] = useState(false);
  const [busy, setBusy] = useState(false);
  if (doc.status === 'failed') return <Page title="单据" backTo="/m/movements"><LoadFailed failure={doc.failure} onRetry={doc.reload} /></Page>;
  if (doc.status !== 'ok') return <Page title="单据" backTo="/m/movements"><Loading /></Page>;
  const { movement: m, lines, steps } = doc.data;
  const run = async (action: 'receive' | 'reject', done: string) => {
    if (busy) return;
    setBusy(true);
    try {
      await post(`/asset-movements/${m.id}/${action}`, { version: m.version, ...(action === 'reject' ? { reason: note.trim() } : note.trim() ? { note: note.trim() } : {}) });
      Toast.show({ icon: 'success', content: done });
      setRefusing(false);
      setNote('');
      doc.reload();
    } catch (err) {
      Toast.show({ content: describeError(err).message, duration: 3000 });
      if (err instanceof ApiError && err.status === 409) doc.reload();
    } finally {
      setBusy(false);
    }
  };
  return (
    <Page title={`${m.kindLabel}单`} backTo="/m/movements">
      <Card className="m-move-card" title={<span>{m.code} <Tag color={m.status === 'done' ? 'success' : 'primary'}>{m.statusLabel}</Tag></span>}>
        <div className="m-move-meta">
          <div><b>申请人</b>　{m.requesterName}</div>
          <div><b>{m.kind === 'loan' ? '借用人' : '调入'}</b>　{m.toText || '—'}</div>
          <div><b>事由</b>　{m.reason}</div>
          {m.dueDate ? <div><b>归还期限</b>　{m.dueDate}{m.overdue ? <Tag color="danger" style={{ marginLeft: 6 }}>已逾期</Tag> : null}</div> : null}
        </div>
      </Card>
      <List mode="card" header={`资产清单（${lines.length} 件）`}>
        {lines.map((l) => (
          <List.Item key={l.id} description={<span>原：{l.fromText}<br /><span className="m-move-arrow">现在：{[l.custodianName, l.location].filter(Boolean).join(' · ') || '—'}</span></span>}
            extra={<Tag>{l.statusLabel}</Tag>}>
            {l.name}<div style={{ fontSize: 12, color: '#999' }}>{l.code}</div>
          </List.Item>
        ))}
      </List>
      {m.kind === 'loan' ? <LoanExtensions detail={doc.data} onChanged={doc.reload} /> : null}
      {m.abilities.receive || m.abilities.reject ? (
        <div className="m-move-actions">
          <TextArea className="m-boxed" value={note} onChange={setNote} rows={2} maxLength={200}
            placeholder={refusing ? '拒收原因（必填），保管员会收到通知' : '备注（选填），如：已收到，数量无误'} />
          {!refusing && m.abilities.receive ? (
            <Button block color="primary" size="large" loading={busy} onClick={() => void run('receive', '已确认接收，资产已转到您名下')}>确认接收</Button>
          ) : null}
          {refusing ? (
            <Button block color="danger" loading={busy} disabled={!note.trim()} onClick={() => void run('reject', '已拒收')}>确认拒收</Button>
          ) : m.abilities.reject ? <Button block fill="outline" onClick={() => setRefusing(true)}>拒收</Button> : null}
        </div>
      ) : null}
      <List mode="card" header="办理记录">
        {steps.map((s) => (
          <List.Item key={s.id}><div className="m-move-step">{s.actionLabel} · {s.actorName}<time>{formatRelativeTime(s.at, me.schoolTimezone)}</time>{s.note ? <div>{s.note}</div> : null}</div></List.Item>
        ))}
      </List>
    </Page>
  );
}
