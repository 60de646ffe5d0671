import { Button, Card, List, Rate, Selector, Tag, TextArea } from 'antd-mobile';
import { useState } from 'react';
import { useParams } from 'react-router';
import { useMe } from '../app/session';
import { LoadFailed, Loading } from '../components/load-state';
import { Page } from '../components/page';
import { useApi } from '../lib/use-api';
import { ActionPopup } from '../repairs/action-popup';
import { CompletionSummary } from '../repairs/completion-summary';
import { PhotoRow } from '../repairs/photo-picker';
import { SlaTag, UrgencyTag } from '../repairs/sla-tag';
import { Timeline } from '../repairs/timeline';
import type { RepairRequestDetail } from '../repairs/types';
import { useRepairAction } from '../repairs/use-action';
import '../repairs/repairs.css';

type Sheet = 'confirm' | 'reopen' | 'followUp' | 'withdraw' | null;

const WITHDRAW_REASONS = ['已自行解决', '报错了', '不需要维修了', '其他'];

const TITLES: Record<Exclude<Sheet, null>, [title: string, submit: string, placeholder: string]> = {
  confirm: ['验收维修结果', '确认验收', '说说维修效果（选填）'],
  reopen: ['退回重修', '退回', '哪里还没修好？'],
  followUp: ['跟进', '提交', '补充说明，例如：问题更严重了'],
  withdraw: ['撤回报修', '确认撤回', '补充说明（选填）'],
};

/** One of my requests: where it stands, who is on it, 撤回 while nobody has started, and 验收 / 退回 once the work is done. */
export function RepairDetailPage() {
  const { id = '' } = useParams();
  const valid = /^\d+$/.test(id);
  const detail = useApi<RepairRequestDetail>(valid ? `/repair-requests/${id}` : null);
  const action = useRepairAction(detail.reload);
  const me = useMe();
  const [sheet, setSheet] = useState<Sheet>(null);
  const [stars, setStars] = useState(5);
  const [text, setText] = useState('');
  const [withdrawChoice, setWithdrawChoice] = useState(WITHDRAW_REASONS[0] ?? '');

  if (!valid) return <Page title="报修详情" backTo="/m/repairs"><LoadFailed failure={{ kind: 'notFound', message: '报修单不存在' }} /></Page>;
  if (detail.status === 'loading') return <Page title="报修详情" backTo="/m/repairs"><Loading /></Page>;
  if (detail.status === 'failed') return <Page title="报修详情" backTo="/m/repairs"><LoadFailed failure={detail.failure} onRetry={detail.reload} /></Page>;
  const r = detail.data;
  const wo = r.workOrder;
  const open = (s: Sheet) => { action.setError(null); setText(''); setStars(5); setWithdrawChoice(WITHDRAW_REASONS[0] ?? ''); setSheet(s); };
  const submit = async () => {
    let ok = false;
    if (sheet === 'confirm' && wo) ok = await action.run(`/work-orders/${wo.id}/confirm`, { version: wo.version, rating: stars, ...(text.trim() ? { comment: text.trim() } : {}) }, '已验收，谢谢评价');
    if (sheet === 'reopen' && wo) {
      if (!text.trim()) return action.setError('请说明退回原因');
      ok = await action.run(`/work-orders/${wo.id}/reopen`, { version: wo.version, reason: text.trim() }, '已退回维修人员');
    }
    if (sheet === 'followUp') {
      if (!text.trim()) return action.setError('请填写跟进内容');
      ok = await action.run(`/repair-requests/${r.id}/follow-up`, { comment: text.trim() }, '已跟进');
    }
    if (sheet === 'withdraw') {
      const reason = withdrawChoice === '其他' ? text.trim() : [withdrawChoice, text.trim()].filter(Boolean).join('：');
      ok = await action.run(`/repair-requests/${r.id}/cancel`, { version: r.version, ...(reason ? { reason: reason.slice(0, 200) } : {}) }, '已撤回报修');
    }
    if (ok) setSheet(null);
  };

  return (
    <Page title="报修详情" backTo="/m/repairs">
      <div className="m-stack m-stack-tight">
        <Card className="m-card m-repair-card">
          <div className="m-repair-head">
            <span className="m-repair-code">{r.code}</span>
            <Tag color="primary">{r.progressLabel}</Tag>
          </div>
          <div className="m-repair-title">{r.location || r.locationText} · {r.categoryName}</div>
          {r.assetName && <div className="m-muted">设备：{r.assetName}（{r.assetCode}）</div>}
          <div className="m-timeline-note">{r.description}</div>
          <div className="m-tags"><UrgencyTag urgency={r.urgency} label={r.urgencyLabel} /><SlaTag sla={r.sla} /></div>
          <PhotoRow photos={r.photos} />
        </Card>
      </div>
      <List header="处理情况" mode="card">
        <List.Item extra={r.requesterName}>报修人</List.Item>
        <List.Item extra={new Date(r.reportedAt).toLocaleString('zh-CN', { timeZone: me.schoolTimezone, hourCycle: 'h23' })}>报修时间</List.Item>
        {r.preferredAt && <List.Item extra={new Date(r.preferredAt).toLocaleString('zh-CN', { timeZone: me.schoolTimezone, hourCycle: 'h23' })}>预约时间</List.Item>}
        {wo && r.status !== 'cancelled' && <List.Item extra={[wo.contractorName, wo.assigneeName ?? wo.teamName].filter(Boolean).join(' · ') || <span className="m-muted">待派单</span>}>维修人员</List.Item>}
        {r.rating && <List.Item extra={'★'.repeat(r.rating.stars)} description={r.rating.comment}>我的评价</List.Item>}
      </List>
      {r.completion && <CompletionSummary completion={r.completion} photos={r.completionPhotos} />}
      <List header="进度" mode="card"><Timeline entries={r.timeline} /></List>
      {(r.abilities.confirm || r.abilities.reopen || r.abilities.followUp || r.abilities.cancel) && (
        <div className="m-sticky-actions">
          {r.abilities.cancel && <Button color="danger" fill="outline" onClick={() => open('withdraw')}>撤回</Button>}
          {r.abilities.followUp && !r.abilities.confirm && <Button onClick={() => open('followUp')}>跟进</Button>}
          {r.abilities.reopen && <Button color="warning" fill="outline" onClick={() => open('reopen')}>退回</Button>}
          {r.abilities.confirm && <Button color="primary" onClick={() => open('confirm')}>验收</Button>}
        </div>
      )}
      <ActionPopup visible={sheet !== null} onClose={() => setSheet(null)} onSubmit={() => void submit()} busy={action.busy} error={action.error}
        title={sheet ? TITLES[sheet][0] : ''} submitText={sheet ? TITLES[sheet][1] : ''}>
        {sheet === 'confirm' && <div className="m-center" style={{ padding: 8 }}><Rate value={stars} onChange={(v) => setStars(Math.max(1, v))} style={{ '--star-size': '32px' }} /></div>}
        {sheet === 'withdraw' && (
          <>
            <div className="m-muted">撤回后维修人员不再处理这张报修单。</div>
            <Selector className="m-selector" columns={2} options={WITHDRAW_REASONS.map((x) => ({ label: x, value: x }))}
              value={[withdrawChoice]} onChange={(v) => v[0] && setWithdrawChoice(v[0])} />
          </>
        )}
        <TextArea className="m-boxed" value={text} onChange={setText} rows={3} maxLength={sheet === 'withdraw' ? 150 : 500}
          placeholder={sheet === 'withdraw' && withdrawChoice === '其他' ? '请说明撤回原因（选填）' : sheet ? TITLES[sheet][2] : ''} />
      </ActionPopup>
    </Page>
  );
}
