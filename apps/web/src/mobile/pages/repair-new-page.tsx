import { Button, Card, DatePicker, Input, Result, Selector, TextArea } from 'antd-mobile';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { get, post } from '../../lib/api';
import { PinIcon } from '../components/icons';
import { Dialog } from '../components/imperative';
import { LoadFailed, Loading } from '../components/load-state';
import { Page } from '../components/page';
import { useApi } from '../lib/use-api';
import { splitServerErrors, type SubmitErrors } from '../lib/apply-field-errors';
import { AssetPicker } from '../repairs/asset-picker';
import { PhotoPicker } from '../repairs/photo-picker';
import type { DuplicateItem, FileDto, RepairOptions, RepairRequest, Urgency } from '../repairs/types';
import '../repairs/repairs.css';

const FIELDS = ['roomId', 'assetId', 'locationText', 'categoryId', 'description', 'urgency', 'preferredAt', 'photoFileIds'];
const NO_ERRORS: SubmitErrors = { fields: {}, general: null };

/** 报修: the teacher scanned the room's label; pick what is broken, say a sentence, snap a photo, send. */
export function RepairNewPage() {
  const [params] = useSearchParams();
  const idParam = (key: string) => (/^\d+$/.test(params.get(key) ?? '') ? `${key}=${params.get(key)}` : null);
  // An asset label links here with assetId; a room label with roomId.
  const query = [idParam('roomId'), idParam('assetId')].filter(Boolean).join('&');
  const options = useApi<RepairOptions>(`/repair-requests/options${query ? `?${query}` : ''}`);
  const [done, setDone] = useState<{ id: number; code: string; followed?: boolean } | null>(null);

  if (done) return <Page title="报修" backTo="/m"><Submitted {...done} /></Page>;
  if (options.status === 'loading') return <Page title="报修" backTo="/m"><Loading /></Page>;
  if (options.status === 'failed') return <Page title="报修" backTo="/m"><LoadFailed failure={options.failure} onRetry={options.reload} /></Page>;
  return <Page title="报修" backTo="/m"><RepairForm options={options.data} onDone={setDone} /></Page>;
}

function RepairForm({ options, onDone }: { options: RepairOptions; onDone: (d: { id: number; code: string; followed?: boolean }) => void }) {
  const [locationText, setLocationText] = useState(options.asset && !options.room ? options.asset.locationText ?? '' : '');
  const [assetId, setAssetId] = useState<number | null>(options.asset?.id ?? null);
  const [categoryId, setCategoryId] = useState<number | null>(null);
  const [description, setDescription] = useState('');
  const [urgency, setUrgency] = useState<Urgency>('normal');
  const [preferredAt, setPreferredAt] = useState<Date | null>(null);
  const [pickingTime, setPickingTime] = useState(false);
  const [photos, setPhotos] = useState<FileDto[]>([]);
  const [errors, setErrors] = useState<SubmitErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const room = options.room;
  const photoRequired = options.urgencies.find((u) => u.key === urgency)?.photoRequired ?? false;

  const followInstead = async (dup: DuplicateItem): Promise<boolean> => {
    const action = await new Promise<string | number>((resolve) => Dialog.show({
      title: '这里已有人报修',
      content: (
        <div>
          <div className="m-repair-code">{dup.code} · {dup.progressLabel}</div>
          <div className="m-repair-title">{dup.categoryName}：{dup.description}</div>
          <div className="m-muted">{dup.requesterName}{dup.mine ? '（我）' : ''} 报修</div>
          <div className="m-muted" style={{ marginTop: 8 }}>跟进可以把您的补充说明加到这张报修单上，不必重复报修。</div>
        </div>
      ),
      closeOnAction: true,
      closeOnMaskClick: true,
      onAction: (a) => resolve(a.key),
      onClose: () => resolve('cancel'),
      actions: [[{ key: 'new', text: '仍要新报' }, { key: 'follow', text: '跟进', bold: true }], [{ key: 'cancel', text: '取消' }]],
    }));
    if (action === 'cancel') return true;
    if (action !== 'follow') return false;
    const comment = description.trim() || '我这里也有同样的问题';
    await post(`/repair-requests/${dup.id}/follow-up`, { comment, photoFileIds: photos.map((p) => p.id) });
    onDone({ id: dup.id, code: dup.code, followed: true });
    return true;
  };

  const submit = async () => {
    if (busy) return;
    const local: Record<string, string> = {};
    if (!room && !locationText.trim()) local.locationText = '请填写报修地点';
    if (categoryId === null) local.categoryId = '请选择报修类别';
    if (!description.trim()) local.description = '请简单描述问题';
    if (urgency === 'scheduled' && !preferredAt) local.preferredAt = '请选择希望上门的时间';
    if (Object.keys(local).length) return setErrors({ fields: local, general: null });
    setBusy(true);
    setErrors(NO_ERRORS);
    try {
      if (room) {
        const dups = await get<{ items: DuplicateItem[] }>(`/repair-requests/duplicates?roomId=${room.id}&categoryId=${categoryId}`);
        const first = dups.items[0];
        if (first && (await followInstead(first))) return;
      }
      const created = await post<RepairRequest>('/repair-requests', {
        ...(room ? { roomId: room.id } : { locationText: locationText.trim() }),
        ...(assetId !== null ? { assetId } : {}),
        categoryId, description: description.trim(), urgency,
        ...(urgency === 'scheduled' && preferredAt ? { preferredAt: preferredAt.toISOString() } : {}),
        photoFileIds: photos.map((p) => p.id),
      });
      onDone({ id: created.id, code: created.code });
    } catch (err) {
      setErrors(splitServerErrors(err, FIELDS));
    } finally {
      setBusy(false);
    }
  };

  const fieldError = (key: string) => errors.fields[key] && <div className="m-field-error">{errors.fields[key]}</div>;
  return (
    <div className="m-stack">
      <Card className="m-card">
        <div className="m-section-label">报修地点</div>
        {room ? (
          <>
            <div className="m-repair-title">{room.name}</div>
            {room.location && <div className="m-meta-line"><PinIcon />{room.location}</div>}
          </>
        ) : (
          <Input placeholder="例如：3号楼二楼男厕所" value={locationText} onChange={setLocationText} clearable />
        )}
        {fieldError('roomId')}{fieldError('locationText')}
      </Card>
      {options.assets.length > 0 || options.asset ? (
        <Card className="m-card">
          <div className="m-section-label">哪件设备<span className="m-muted">（选填）</span></div>
          <AssetPicker assets={options.assets.length ? options.assets : options.asset ? [options.asset] : []} value={assetId} onChange={setAssetId} />
          {fieldError('assetId')}
        </Card>
      ) : null}
      <Card className="m-card">
        <div className="m-section-label">哪里坏了</div>
        <Selector className="m-selector" columns={3} options={options.categories.map((c) => ({ label: c.name, value: c.id }))}
          value={categoryId === null ? [] : [categoryId]} onChange={(v) => setCategoryId(v[0] ?? null)} />
        {fieldError('categoryId')}
      </Card>
      <Card className="m-card">
        <div className="m-section-label">问题描述</div>
        <TextArea placeholder="例如：投影仪开机后没有画面" value={description} onChange={setDescription} rows={3} maxLength={500} showCount />
        {fieldError('description')}
      </Card>
      <Card className="m-card">
        <div className="m-section-label">紧急程度</div>
        <Selector className="m-selector" columns={3} options={options.urgencies.map((u) => ({ label: u.label, value: u.key }))}
          value={[urgency]} onChange={(v) => v[0] && setUrgency(v[0])} />
        {urgency === 'scheduled' && (
          <>
            <Button block style={{ marginTop: 12 }} onClick={() => setPickingTime(true)}>
              {preferredAt ? `希望上门：${formatLocal(preferredAt)}` : '选择希望上门的时间'}
            </Button>
            <DatePicker visible={pickingTime} precision="minute" min={new Date()} title="希望上门的时间"
              onClose={() => setPickingTime(false)} onConfirm={(d) => setPreferredAt(d)} />
          </>
        )}
        {fieldError('urgency')}{fieldError('preferredAt')}
      </Card>
      <Card className="m-card">
        <div className="m-section-label">照片{photoRequired ? <span className="m-muted">（必填）</span> : <span className="m-muted">（选填）</span>}</div>
        <PhotoPicker value={photos} onChange={setPhotos} max={options.maxPhotos} />
        {fieldError('photoFileIds')}
      </Card>
      {errors.general && <div className="m-form-error" role="alert">{errors.general}</div>}
      <Button block color="primary" size="large" loading={busy} onClick={() => void submit()}>提交报修</Button>
    </div>
  );
}

function formatLocal(d: Date): string {
  return new Intl.DateTimeFormat('zh-CN', { month: 'numeric', day: 'numeric', weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(d);
}

function Submitted({ id, code, followed }: { id: number; code: string; followed?: boolean }) {
  const navigate = useNavigate();
  return (
    <div className="m-stack">
      <Result status="success" title={followed ? '已跟进' : '报修已提交'}
        description={<>
          <div className="m-success-code">{code}</div>
          <div>{followed ? '您的补充说明已加到这张报修单，处理进度会通知您。' : '维修人员接单后会通知您，可随时查看进度。'}</div>
        </>} />
      <div className="m-actions">
        <Button block color="primary" size="large" onClick={() => navigate(`/m/repairs/${id}`, { replace: true })}>查看报修单</Button>
        <Button block size="large" onClick={() => navigate('/m', { replace: true })}>回到首页</Button>
        <Link className="m-code-caption" to="/m/repairs">我的报修</Link>
      </div>
    </div>
  );
}
