import { Card, List, NoticeBar, Steps, Tag } from 'antd-mobile';
import { useParams } from 'react-router';
import { post } from '../../lib/api';
import { money } from '../../lib/money';
import type { DisposalDetail } from '../../features/asset-disposals/disposals-api';
import { useMe } from '../app/session';
import { Page } from '../components/page';
import { RecordPage } from '../components/record-page';
import { formatRelativeTime } from '../lib/format';
import { useApi } from '../lib/use-api';
import type { AssetFile } from '../assets/types';
import { DecisionBar } from './decision-bar';
import { useDecision } from './use-decision';
import './approvals.css';
import '../assets/assets.css';

const STEP_STATUS = { done: 'finish', current: 'process', pending: 'wait', rejected: 'error' } as const;

/** One disposal request on the phone: what goes, why, its value and evidence, the steps so far, and 同意 / 驳回 at the reader's step. */
export function DisposalApprovalPage() {
  const { id = '' } = useParams();
  const valid = /^\d+$/.test(id);
  const detail = useApi<DisposalDetail>(valid ? `/asset-disposals/${id}` : null);
  return (
    <RecordPage title="报废审批" backTo="/m/approvals" valid={valid} state={detail} missingTitle="申请不存在或无权查看"
      missingDescription="这张申请可能已撤回，或不属于您所在的学校。">
      {(d) => <DisposalView detail={d} reload={detail.reload} />}
    </RecordPage>
  );
}

function DisposalView({ detail, reload }: { detail: DisposalDetail; reload: () => void }) {
  const me = useMe();
  const { disposal: d, items, chain, log } = detail;
  const files = useApi<{ items: AssetFile[] }>(`/files?ownerType=asset_disposal&ownerId=${d.id}&pageSize=20`);
  // 集体决策 needs the meeting minutes and a paper 批复 its scan: both are uploaded on the desktop.
  const phoneStep = d.abilities.act && !d.abilities.documentOnly && d.currentStep !== null && d.currentStep !== 'collective';
  const { busy, error, decide } = useDecision(
    (decision, note) => post(`/asset-disposals/${d.id}/steps`, { version: d.version, step: d.currentStep, decision, ...(note ? { note } : {}) }),
    { success: (decision) => (decision === 'approve' ? `已同意（${d.currentStepLabel ?? ''}）` : '已驳回，申请人会收到通知'), backTo: '/m/approvals', reload },
  );
  const images = files.status === 'ok' ? files.data.items.filter((f) => f.mime.startsWith('image/')) : [];
  const documents = files.status === 'ok' ? files.data.items.filter((f) => !f.mime.startsWith('image/')) : [];
  return (
    <Page title={`${d.kindLabel}审批`} backTo="/m/approvals">
      <Card className="m-card" style={{ margin: 12 }} title={<span>{d.kindLabel}：{d.summary} <Tag color={d.status === 'in_approval' ? 'warning' : 'default'}>{d.currentStepLabel ?? d.statusLabel}</Tag></span>}>
        <div className="m-appr-meta">
          <div className="m-appr-value">原值 {money(d.totalOriginalFen)}</div>
          <div><b>净值</b>{money(d.totalNetFen)}（{d.cardCount} 件）</div>
          <div><b>情形</b>{d.legalConditionLabel}</div>
          <div><b>申请理由</b>{d.reason}</div>
          {d.appraisal ? <div><b>技术鉴定</b>{d.appraisal}</div> : null}
          <div><b>拟处置</b>{d.proposedMethodLabel}</div>
          <div><b>申请人</b>{d.createdByName ?? '—'} · {formatRelativeTime(d.createdAt, me.schoolTimezone)}</div>
        </div>
      </Card>
      {d.abilities.act && !phoneStep ? (
        <NoticeBar className="m-notice" wrap color="info"
          content={d.currentStep === 'collective' ? '集体决策需要填写会议日期并上传会议纪要，请在电脑端「报废报损」中办理。' : '此环节需登记纸质批复文号并上传扫描件，请在电脑端办理。'} />
      ) : null}
      {phoneStep ? <DecisionBar busy={busy} error={error} onApprove={(note) => decide('approve', note)} onReject={(note) => decide('reject', note)} /> : null}
      <List mode="card" header={`资产（${items.length} 件）`}>
        {items.map((i) => (
          <List.Item key={i.assetId} description={`${i.categoryName} · ${i.acquiredOn} 取得 · 原值 ${money(i.originalValueFen)} · 净值 ${money(i.netValueFen)}`}
            extra={<Tag>{i.statusLabel}</Tag>}>
            {i.name}{i.specModel ? ` ${i.specModel}` : ''}<div className="m-muted" style={{ fontSize: 12 }}>{i.code}</div>
          </List.Item>
        ))}
      </List>
      {images.length || documents.length ? (
        <List mode="card" header="照片与附件">
          {images.length ? (
            <List.Item>
              <div className="m-photo-strip">
                {images.map((p) => <a key={p.id} href={p.url} target="_blank" rel="noreferrer"><img src={p.thumbnailUrl ?? p.url} alt={p.originalName} /></a>)}
              </div>
            </List.Item>
          ) : null}
          {documents.map((f) => <List.Item key={f.id}><a className="m-appr-file" href={f.url} target="_blank" rel="noreferrer">{f.originalName}</a></List.Item>)}
        </List>
      ) : null}
      <List mode="card" header="审批流程">
        <List.Item className="m-appr-chain">
          <Steps direction="vertical" current={chain.findIndex((c) => c.state === 'current')}>
            {chain.map((c) => (
              <Steps.Step key={c.step} status={STEP_STATUS[c.state]} title={c.label}
                description={c.actorName ? `${c.actorName}${c.at ? ` · ${formatRelativeTime(c.at, me.schoolTimezone)}` : ''}${c.note ? `：${c.note}` : ''}` : c.state === 'current' ? '待办理' : ''} />
            ))}
          </Steps>
        </List.Item>
      </List>
      <List mode="card" header="办理记录">
        {log.map((l) => (
          <List.Item key={l.id} description={<>{l.note ? <span>{l.note}</span> : null}{l.meetingDate ? <span>　会议日期 {l.meetingDate}</span> : null}{l.docNo ? <span>　文号 {l.docNo}</span> : null}</>}>
            {l.stepLabel === l.step ? l.actionLabel : `${l.stepLabel} · ${l.actionLabel}`}<span className="m-time">　{l.actorName} · {formatRelativeTime(l.at, me.schoolTimezone)}</span>
          </List.Item>
        ))}
      </List>
    </Page>
  );
}
