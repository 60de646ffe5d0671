import { Button, Card, Input, List, TextArea } from 'antd-mobile';
import { useMemo, useRef, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { ApiError, post } from '../../lib/api';
import { type CheckDraft, clearDraft, loadDraft, saveDraft } from '../assets/check-draft';
import { CheckLine } from '../assets/check-line';
import { SignaturePad, canvasPng } from '../assets/signature-pad';
import type { CheckSheet, LineAnswer } from '../assets/types';
import '../assets/assets.css';
import { Toast } from '../components/imperative';
import { RecordPage } from '../components/record-page';
import { Page } from '../components/page';
import { describeError } from '../lib/describe-error';
import { uploadFile } from '../lib/upload-file';
import { useApi } from '../lib/use-api';

const upload = (checkId: number, file: Blob, name: string) => uploadFile('asset_check', checkId, file, name);

/** 清点一个房间: tick every card 在/不在 with its condition, add what is not on the list, sign, submit. */
export function AssetCheckPage() {
  const { id = '' } = useParams();
  const valid = /^\d+$/.test(id);
  const sheet = useApi<CheckSheet>(valid ? `/asset-checks/${id}` : null);
  return (
    <RecordPage title="房间清点" backTo="/m/asset-checks" valid={valid} state={sheet} missingTitle="没有找到这个房间的清点"
      missingDescription="只有该班班主任或房间管理员可以清点这个房间。">
      {(data) => <CheckForm key={data.check.version} sheet={data} onSubmitted={sheet.reload} />}
    </RecordPage>
  );
}

function CheckForm({ sheet, onSubmitted }: { sheet: CheckSheet; onSubmitted: () => void }) {
  const navigate = useNavigate();
  const { check } = sheet;
  const [draft, setDraftState] = useState<CheckDraft>(() => loadDraft(sheet));
  const [signed, setSigned] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const canvas = useRef<HTMLCanvasElement | null>(null);
  const disabled = !sheet.abilities.submit || busy;

  const setDraft = (next: CheckDraft) => {
    setDraftState(next);
    saveDraft(check.id, next);
  };
  const setLine = (assetId: number, answer: LineAnswer) => setDraft({ ...draft, lines: { ...draft.lines, [assetId]: answer } });
  const counts = useMemo(() => {
    const answers = sheet.items.map((i) => draft.lines[i.assetId]);
    return {
      done: answers.filter((a) => a?.present !== null && a?.present !== undefined).length,
      missing: answers.filter((a) => a?.present === false).length,
      damaged: answers.filter((a) => a?.present === true && a.condition !== 'good').length,
    };
  }, [draft, sheet.items]);

  const photo = async (assetId: number, file: File) => {
    try {
      const f = await upload(check.id, file, file.name || '照片.jpg');
      setDraft({ ...draft, photos: { ...draft.photos, [assetId]: f.id } });
    } catch (err) {
      Toast.show({ content: describeError(err).message });
    }
  };

  const submit = async () => {
    setErrors({});
    setMessage(null);
    const unanswered = sheet.items.filter((i) => (draft.lines[i.assetId]?.present ?? null) === null);
    if (unanswered.length > 0) return setMessage(`还有 ${unanswered.length} 件未确认：${unanswered.slice(0, 3).map((i) => i.name).join('、')}`);
    if (!signed || !canvas.current) return setMessage('请先在签名框内签名');
    setBusy(true);
    try {
      const signature = await upload(check.id, await canvasPng(canvas.current), '清点签名.png');
      await post(`/asset-checks/${check.id}/submit`, {
        version: check.version,
        lines: sheet.items.map((i) => {
          const a = draft.lines[i.assetId] ?? { present: null, condition: null, note: '' };
          const photoFileId = draft.photos[i.assetId];
          return {
            assetId: i.assetId, present: a.present === true, ...(a.present ? { condition: a.condition ?? 'good' } : {}),
            ...(a.note.trim() ? { note: a.note.trim() } : {}), ...(a.present && photoFileId ? { photoFileId } : {}),
          };
        }),
        extras: draft.extras.filter((e) => e.name.trim()).map((e) => ({ name: e.name.trim(), ...(e.note.trim() ? { note: e.note.trim() } : {}) })),
        signatureFileId: signature.id,
        ...(draft.note.trim() ? { note: draft.note.trim() } : {}),
      });
      clearDraft(check.id);
      Toast.show({ icon: 'success', content: '清点结果已提交' });
      onSubmitted();
    } catch (err) {
      if (err instanceof ApiError && err.body.fields?.length) {
        const byItem: Record<string, string> = {};
        for (const f of err.body.fields) {
          const m = /^lines\.(\d+)\./.exec(f.field);
          const item = m ? sheet.items[Number(m[1])] : undefined;
          byItem[item ? String(item.assetId) : f.field] = f.message;
        }
        setErrors(byItem);
      }
      setMessage(describeError(err).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page title="房间清点" backTo="/m/asset-checks">
      <div className="m-stack m-stack-tight">
        <Card className="m-card m-target-card">
          <h1 className="m-target-name">{check.roomName}</h1>
          <div className="m-muted">{check.roundName} · 截止 {check.dueDate}</div>
          <div className="m-check-progress" data-testid="check-progress">
            <span>已确认 {counts.done}/{sheet.items.length}</span>
            <span>不在位 {counts.missing}</span>
            <span>损坏/待修 {counts.damaged}</span>
          </div>
          {check.status === 'submitted' && (
            <div className="m-muted">已于 {check.submittedAt?.slice(0, 10)} 由 {check.submittedByName} 提交；如需更正，修改后重新提交（历史保留）。</div>
          )}
        </Card>
      </div>
      <List header={`清单（${sheet.items.length} 件）`} mode="card">
        <List.Item>
          {sheet.items.map((item) => (
            <CheckLine key={item.assetId} item={item} disabled={disabled}
              answer={draft.lines[item.assetId] ?? { present: null, condition: null, note: '' }}
              error={errors[String(item.assetId)]}
              photoName={draft.photos[item.assetId] ? '照片' : null}
              onChange={(a) => setLine(item.assetId, a)}
              onRepair={() => navigate(`/m/repair/new?assetId=${item.assetId}`)}
              onPhoto={(f) => void photo(item.assetId, f)} />
          ))}
        </List.Item>
      </List>
      <List header="账外物品（清单上没有、但在房间里的）" mode="card">
        {draft.extras.map((e, i) => (
          <List.Item key={i} extra={<Button size="mini" fill="none" disabled={disabled} onClick={() => setDraft({ ...draft, extras: draft.extras.filter((_, j) => j !== i) })}>删除</Button>}>
            <Input placeholder="物品名称" value={e.name} disabled={disabled} maxLength={60}
              onChange={(name) => setDraft({ ...draft, extras: draft.extras.map((x, j) => (j === i ? { ...x, name } : x)) })} />
          </List.Item>
        ))}
        <List.Item>
          <Button size="small" fill="outline" disabled={disabled} onClick={() => setDraft({ ...draft, extras: [...draft.extras, { name: '', note: '' }] })}>添加账外物品</Button>
        </List.Item>
      </List>
      {sheet.abilities.submit && (
        <div className="m-stack">
          <TextArea placeholder="备注（选填）" value={draft.note} maxLength={500} onChange={(note) => setDraft({ ...draft, note })} />
          <SignaturePad canvasRef={canvas} onChange={setSigned} />
          {message && <div className="m-field-error" role="alert">{message}</div>}
          <div className="m-actions">
            <Button block size="large" color="primary" loading={busy} onClick={() => void submit()}>
              {check.status === 'submitted' ? '重新提交（更正）' : '签字提交'}
            </Button>
          </div>
        </div>
      )}
      {!sheet.abilities.submit && <div className="m-pad m-muted">{check.roundStatus === 'open' ? '您可以查看这个房间的清点结果。' : '本次清点已结束。'}</div>}
    </Page>
  );
}
