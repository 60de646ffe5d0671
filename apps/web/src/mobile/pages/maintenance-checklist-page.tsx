import { Button, Card, List, Result, Tag } from 'antd-mobile';
import { useState } from 'react';
import { useParams } from 'react-router';
import { ApiError, post } from '../../lib/api';
import { Toast } from '../components/imperative';
import { LoadFailed, Loading } from '../components/load-state';
import { Page } from '../components/page';
import { describeError } from '../lib/describe-error';
import { useApi } from '../lib/use-api';
import { ChecklistFields } from '../maintenance/checklist-fields';
import type { Answers, ChecklistItem, OccurrenceDetail, ResultDetail } from '../maintenance/types';

/** "items.hinges_ok.value" → "hinges_ok": the server names the item whose answer is wrong. */
function itemErrors(err: unknown): Record<string, string> {
  if (!(err instanceof ApiError)) return {};
  const out: Record<string, string> = {};
  for (const f of err.body.fields ?? []) {
    const key = /(?:answers|items)\.([a-z][a-z0-9_]*)/.exec(f.field)?.[1];
    if (key) out[key] = f.message;
  }
  return out;
}

/** The submitted checklist: verdict, and one tap to report each failed item for repair. */
function SubmittedResult({ resultId }: { resultId: number }) {
  const result = useApi<ResultDetail>(`/checklist-results/${resultId}`);
  const [busy, setBusy] = useState<string | null>(null);
  if (result.status === 'loading') return <Loading />;
  if (result.status === 'failed') return <LoadFailed failure={result.failure} onRetry={result.reload} />;
  const r = result.data;
  const failed = r.items.filter((i) => i.outcome === 'fail' || i.outcome === 'out_of_limit');
  const raise = async (key: string) => {
    setBusy(key);
    try {
      await post(`/checklist-results/${r.id}/items/${key}/raise-repair`, {});
      Toast.show({ icon: 'success', content: '已报修' });
      result.reload();
    } catch (err) {
      Toast.show({ content: describeError(err).message, duration: 3000 });
    } finally {
      setBusy(null);
    }
  };
  return (
    <>
      <Result status={r.outcome === 'pass' ? 'success' : 'warning'} title={r.outcome === 'pass' ? '检查合格' : `${r.failedCount} 项不合格`}
        description={`${r.submittedByName ?? ''} 已提交检查记录`} />
      {failed.length > 0 && (
        <List header="不合格项">
          {failed.map((i) => (
            <List.Item key={i.key} description={i.answerText}
              extra={i.repairRequestId !== null ? <Tag color="success">已报修</Tag>
                : i.abilities.raiseRepair ? <Button size="mini" color="warning" loading={busy === i.key} onClick={() => void raise(i.key)}>报修</Button> : null}>
              {i.label}
            </List.Item>
          ))}
        </List>
      )}
    </>
  );
}

/** 保养检查: the technician works through the plan's checklist for this job and submits it as evidence. */
export function MaintenanceChecklistPage() {
  const { id = '' } = useParams();
  const valid = /^\d+$/.test(id);
  const occ = useApi<OccurrenceDetail>(valid ? `/maintenance-occurrences/${id}` : null);
  const checklist = occ.status === 'ok' ? occ.data.checklist : null;
  const version = useApi<{ items: ChecklistItem[] }>(checklist ? `/checklist-templates/${checklist.templateId}/versions/${checklist.versionNo}` : null);
  const [answers, setAnswers] = useState<Answers>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  const back = occ.status === 'ok' && occ.data.workOrderId ? `/m/work-orders/${occ.data.workOrderId}` : '/m/work-orders';
  if (!valid) return <Page title="保养检查" backTo="/m/work-orders"><LoadFailed failure={{ kind: 'notFound', message: '保养任务不存在' }} /></Page>;
  if (occ.status === 'loading') return <Page title="保养检查" backTo={back}><Loading /></Page>;
  if (occ.status === 'failed') return <Page title="保养检查" backTo={back}><LoadFailed failure={occ.failure} onRetry={occ.reload} /></Page>;
  const o = occ.data;

  const submit = async () => {
    if (!o.checklist || busy) return;
    setBusy(true);
    setErrors({});
    try {
      await post('/checklist-results', { templateId: o.checklist.templateId, versionNo: o.checklist.versionNo, ownerType: 'maintenance_occurrence', ownerId: o.id, answers, submit: true });
      Toast.show({ icon: 'success', content: '检查记录已提交' });
      occ.reload();
    } catch (err) {
      setErrors(itemErrors(err));
      Toast.show({ content: describeError(err).message, duration: 3000 });
    } finally {
      setBusy(false);
    }
  };

  const submitted = o.result?.status === 'submitted' ? o.result : null;
  return (
    <Page title="保养检查" backTo={back}>
      <div className="m-stack m-stack-tight">
        <Card className="m-card" title={o.planName} extra={<Tag color={o.status === 'completed' ? 'success' : 'primary'}>{o.statusLabel}</Tag>}>
          <div>{o.targetName} · 应完成 {o.dueDate}</div>
          {o.note && <div className="m-muted">{o.note}</div>}
          {o.workOrderCode && <div className="m-muted">工单 {o.workOrderCode} · {o.workOrderStatusLabel}</div>}
          {o.description && <div className="m-muted">{o.description}</div>}
        </Card>
        {!o.checklist && <Result status="info" title="这个计划没有检查表" description="按工单说明完成保养后，在工单页点「完工」即可" />}
        {submitted && <SubmittedResult resultId={submitted.id} />}
        {o.checklist && !submitted && !o.canRecord && <Result status="info" title="只有负责这张工单的维修人员可以填写检查表" />}
        {o.checklist && !submitted && o.canRecord && (
          version.status === 'loading' ? <Loading />
            : version.status === 'failed' ? <LoadFailed failure={version.failure} onRetry={version.reload} />
              : (
                <>
                  <ChecklistFields items={version.data.items} answers={answers} errors={errors}
                    onChange={(key, patch) => setAnswers((a) => ({ ...a, [key]: { value: a[key]?.value ?? null, ...a[key], ...patch } }))} />
                  <Button block color="primary" size="large" loading={busy} onClick={() => void submit()}>提交检查记录</Button>
                </>
              )
        )}
      </div>
    </Page>
  );
}
