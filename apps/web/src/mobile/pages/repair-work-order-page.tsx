import { Button, Card, List, Selector, Tag, TextArea } from 'antd-mobile';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMe } from '../app/session';
import { LoadFailed, Loading } from '../components/load-state';
import { Page } from '../components/page';
import { useApi } from '../lib/use-api';
import { ActionPopup } from '../repairs/action-popup';
import { CompleteForm, completeBody, EMPTY_COMPLETE, type CompleteDraft } from '../repairs/complete-form';
import { CompletionSummary } from '../repairs/completion-summary';
import { money } from '../../lib/money';
import { PhotoRow } from '../repairs/photo-picker';
import { SlaTag, UrgencyTag } from '../repairs/sla-tag';
import { Timeline } from '../repairs/timeline';
import type { WorkOrderDetail } from '../repairs/types';
import { useRepairAction } from '../repairs/use-action';
import '../repairs/repairs.css';

const PAUSE_REASONS = ['等配件', '无法进入', '其他'];

/** A technician's job: where to go, what is broken, and the next step the server allows. */
export function RepairWorkOrderPage() {
  const { id = '' } = useParams();
  const valid = /^\d+$/.test(id);
  const detail = useApi<WorkOrderDetail>(valid ? `/work-orders/${id}` : null);
  const action = useRepairAction(detail.reload);
  const me = useMe();
  const [sheet, setSheet] = useState<'pause' | 'complete' | null>(null);
  const [pauseChoice, setPauseChoice] = useState('等配件');
  const [pauseText, setPauseText] = useState('');
  const [draft, setDraft] = useState<CompleteDraft>(EMPTY_COMPLETE);

  if (!valid) return <Page title="工单详情" backTo="/m/work-orders"><LoadFailed failure={{ kind: 'notFound', message: '工单不存在' }} /></Page>;
  if (detail.status === 'loading') return <Page title="工单详情" backTo="/m/work-orders"><Loading /></Page>;
  if (detail.status === 'failed') return <Page title="工单详情" backTo="/m/work-orders"><LoadFailed failure={detail.failure} onRetry={detail.reload} /></Page>;
  const w = detail.data;
  const a = w.abilities;
  const step = (verb: string, done: string) => void action.run(`/work-orders/${w.id}/${verb}`, { version: w.version }, done);
  const openSheet = (s: 'pause' | 'complete') => { action.setError(null); setSheet(s); };

  const submitSheet = async () => {
    if (sheet === 'pause') {
      const reason = pauseChoice === '其他' ? pauseText.trim() : [pauseChoice, pauseText.trim()].filter(Boolean).join('：');
      if (!reason) return action.setError('请说明暂停原因');
      if (await action.run(`/work-orders/${w.id}/pause`, { version: w.version, reason }, '已暂停')) setSheet(null);
    }
    if (sheet === 'complete') {
      const built = completeBody(draft, w.version, w.completionPhotoRequired, w.contractorName !== null);
      if ('error' in built) return action.setError(built.error);
      if (await action.run(`/work-orders/${w.id}/complete`, built.body, '已完工，等待报修人验收')) {
        setSheet(null);
        setDraft(EMPTY_COMPLETE);
      }
    }
  };

  const when = (iso: string) => new Date(iso).toLocaleString('zh-CN', { timeZone: me.schoolTimezone, hourCycle: 'h23' });
  return (
    <Page title="工单详情" backTo="/m/work-orders">
      <div className="m-stack m-stack-tight">
        <Card className="m-card m-repair-card">
          <div className="m-repair-head">
            <span className="m-repair-code">{w.code}</span>
            <span>{w.source === 'maintenance' && <Tag color="success" fill="outline">计划保养</Tag>} <Tag color="primary">{w.statusLabel}</Tag></span>
          </div>
          <div className="m-repair-title">{w.location || w.locationText} · {w.categoryName}</div>
          {w.assetName && <div className="m-muted">设备：{w.assetName}（{w.assetCode}）</div>}
          <div className="m-timeline-note">{w.description}</div>
          <div className="m-tags"><UrgencyTag urgency={w.urgency} label={w.urgencyLabel} /><SlaTag sla={w.sla} /></div>
          {w.pauseReason && w.status === 'paused' && <div className="m-muted">暂停原因：{w.pauseReason}</div>}
          <PhotoRow photos={w.photos} />
          {w.maintenanceOccurrenceId !== null && (
            <Link to={`/m/maintenance/${w.maintenanceOccurrenceId}`}>
              <Button block color="success" fill="outline" style={{ marginTop: 12 }}>填写保养检查表</Button>
            </Link>
          )}
        </Card>
      </div>
      <List header="报修信息" mode="card">
        <List.Item extra={w.requesterName}>报修人</List.Item>
        {w.requesterPhone && <List.Item extra={<a href={`tel:${w.requesterPhone}`}>{w.requesterPhone}</a>}>电话</List.Item>}
        <List.Item extra={when(w.reportedAt)}>报修时间</List.Item>
        {w.preferredAt && <List.Item extra={when(w.preferredAt)}>预约上门</List.Item>}
        {w.contractorName && <List.Item extra={w.contractorName}>外包单位</List.Item>}
        {w.contractorName && <List.Item extra={w.quoteFen !== null ? money(w.quoteFen) : '未报价'}>报价</List.Item>}
        <List.Item extra={w.assigneeName ?? w.teamName ?? (w.contractorName ? '待本单位接单' : '—')}>维修人员</List.Item>
        <List.Item extra={w.requestCode}>报修单号</List.Item>
      </List>
      {w.completion && <CompletionSummary completion={w.completion} photos={w.completionPhotos} quoteFen={w.contractorName !== null ? w.quoteFen : undefined} />}
      <List header="进度" mode="card"><Timeline entries={w.timeline} /></List>
      {(a.accept || a.start || a.pause || a.resume || a.complete) && (
        <div className="m-sticky-actions">
          {a.accept && <Button color="primary" loading={action.busy} onClick={() => step('accept', '已接单')}>接单</Button>}
          {a.start && <Button color="primary" loading={action.busy} onClick={() => step('start', '已开始维修')}>开始</Button>}
          {a.pause && <Button color="warning" fill="outline" onClick={() => openSheet('pause')}>暂停</Button>}
          {a.resume && <Button color="primary" loading={action.busy} onClick={() => step('resume', '已继续维修')}>继续</Button>}
          {a.complete && <Button color="success" onClick={() => openSheet('complete')}>完工</Button>}
        </div>
      )}
      <ActionPopup visible={sheet !== null} onClose={() => setSheet(null)} onSubmit={() => void submitSheet()} busy={action.busy}
        error={action.error} title={sheet === 'pause' ? '暂停维修' : '完工登记'} submitText={sheet === 'pause' ? '暂停' : '提交完工'}>
        {sheet === 'pause' && (
          <>
            <Selector className="m-selector" columns={3} options={PAUSE_REASONS.map((r) => ({ label: r, value: r }))}
              value={[pauseChoice]} onChange={(v) => v[0] && setPauseChoice(v[0])} />
            <TextArea className="m-boxed" value={pauseText} onChange={setPauseText} rows={2} maxLength={200}
              placeholder={pauseChoice === '其他' ? '请说明原因' : '补充说明（选填），例如：已下单，预计周三到'} />
          </>
        )}
        {sheet === 'complete' && (
          <CompleteForm value={draft} onChange={setDraft} photoRequired={w.completionPhotoRequired} quoteFen={w.contractorName !== null ? w.quoteFen : undefined} />
        )}
      </ActionPopup>
    </Page>
  );
}
