import { Button, Card, DatePicker, Input, Result, Selector, TextArea } from 'antd-mobile';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { post } from '../../lib/api';
import type { DamageDetail } from '../../features/asset-damages/damages-api';
import type { AssetCard } from '../assets/types';
import { Toast } from '../components/imperative';
import { PinIcon } from '../components/icons';
import { Page } from '../components/page';
import { RecordPage } from '../components/record-page';
import { type SubmitErrors, splitServerErrors } from '../lib/apply-field-errors';
import { describeError } from '../lib/describe-error';
import { uploadFile } from '../lib/upload-file';
import { useApi } from '../lib/use-api';
import '../repairs/repairs.css';
import { DamagePhotos } from './damage-photos';
import { type Staff, StaffPicker } from './staff-picker';
import './asset-damages.css';

const FIELDS = ['assetId', 'occurredOn', 'cause', 'description', 'partyType', 'partyUserId', 'partyName', 'partyClass'];
// Same words as the desktop form; kept here so the phone bundle does not load the desktop API module.
const CAUSE_OPTIONS = [{ value: 'human', label: '人为' }, { value: 'accident', label: '意外' }, { value: 'wear', label: '自然损耗' }, { value: 'unknown', label: '不明' }];
const PARTY_OPTIONS = [{ value: 'student', label: '学生' }, { value: 'user', label: '教职工' }, { value: 'outsider', label: '校外人员' }, { value: 'unknown', label: '不明' }];
const NO_ERRORS: SubmitErrors = { fields: {}, general: null };
const MAX_PHOTOS = 6;
const ymd = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** 报损坏 from the phone asset card: the card is known from the label, the rest is what happened and who answers for it. */
export function ReportDamagePage() {
  const [params] = useSearchParams();
  const id = params.get('assetId') ?? '';
  const valid = /^\d+$/.test(id);
  const card = useApi<AssetCard>(valid ? `/assets/${id}` : null);
  const [done, setDone] = useState<DamageDetail | null>(null);
  const backTo = valid ? `/m/assets/${id}` : '/m';
  return (
    <RecordPage title="报损坏" backTo={backTo} valid={valid} state={card} homeButton missingTitle="资产不存在或无权查看"
      missingDescription="请回到资产卡片重新扫码，或确认这件资产属于您所在的学校。">
      {(a) => (done ? <Reported asset={a} detail={done} /> : <Page title="报损坏" backTo={backTo}><DamageForm asset={a} onDone={setDone} /></Page>)}
    </RecordPage>
  );
}

function DamageForm({ asset, onDone }: { asset: AssetCard; onDone: (d: DamageDetail) => void }) {
  const [occurredOn, setOccurredOn] = useState(() => new Date());
  const [picking, setPicking] = useState(false);
  const [cause, setCause] = useState('human');
  const [partyType, setPartyType] = useState('student');
  const [staff, setStaff] = useState<Staff | null>(null);
  const [partyName, setPartyName] = useState('');
  const [partyClass, setPartyClass] = useState('');
  const [description, setDescription] = useState('');
  const [photos, setPhotos] = useState<File[]>([]);
  const [errors, setErrors] = useState<SubmitErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    if (busy) return;
    const local: Record<string, string> = {};
    if (!description.trim()) local.description = '请写明损坏经过：怎么坏的、坏到什么程度';
    if (partyType === 'user' && !staff) local.partyUserId = '请选择责任人';
    if ((partyType === 'student' || partyType === 'outsider') && !partyName.trim()) local.partyName = '请填写责任人姓名';
    if (partyType === 'student' && !partyClass.trim()) local.partyClass = '请填写学生班级';
    if (Object.keys(local).length) return setErrors({ fields: local, general: null });
    setBusy(true);
    setErrors(NO_ERRORS);
    try {
      const created = await post<DamageDetail>('/asset-damages', {
        assetId: asset.id, occurredOn: ymd(occurredOn), cause, description: description.trim(), partyType,
        ...(partyType === 'user' && staff ? { partyUserId: staff.id } : {}),
        ...(partyType === 'student' || partyType === 'outsider' ? { partyName: partyName.trim() } : {}),
        ...(partyType === 'student' ? { partyClass: partyClass.trim() } : {}),
      });
      // The record exists now: its photos go onto it. A photo that fails does not undo the record.
      for (const file of photos) {
        await uploadFile('asset_damage', created.damage.id, file).catch((err: unknown) => {
          Toast.show({ content: `${file.name}：${describeError(err).message}`, duration: 3000 });
        });
      }
      onDone(created);
    } catch (err) {
      setErrors(splitServerErrors(err, FIELDS));
    } finally {
      setBusy(false);
    }
  };

  const fieldError = (key: string) => errors.fields[key] && <div className="m-field-error">{errors.fields[key]}</div>;
  // A message goes away as soon as its field is edited.
  const changed = <T,>(keys: string[], set: (v: T) => void) => (v: T) => {
    set(v);
    if (keys.some((k) => errors.fields[k])) setErrors({ general: errors.general, fields: Object.fromEntries(Object.entries(errors.fields).filter(([k]) => !keys.includes(k))) });
  };
  return (
    <div className="m-stack">
      <Card className="m-card">
        <div className="m-dmg-asset">{asset.name}</div>
        <div className="m-muted">编号 {asset.code} · {asset.statusLabel}</div>
        {asset.location && <div className="m-meta-line"><PinIcon />{asset.location}</div>}
        {fieldError('assetId')}
      </Card>
      <Card className="m-card">
        <div className="m-section-label">损坏日期</div>
        <Button block onClick={() => setPicking(true)}>{ymd(occurredOn)}</Button>
        <DatePicker visible={picking} precision="day" max={new Date()} value={occurredOn} title="损坏日期"
          onClose={() => setPicking(false)} onConfirm={changed(['occurredOn'], setOccurredOn)} />
        {fieldError('occurredOn')}
      </Card>
      <Card className="m-card">
        <div className="m-section-label">损坏原因</div>
        <Selector className="m-selector m-dmg-choices" columns={4} options={CAUSE_OPTIONS} value={[cause]} onChange={(v) => v[0] && setCause(v[0])} />
        {fieldError('cause')}
      </Card>
      <Card className="m-card">
        <div className="m-section-label">损坏经过</div>
        <TextArea className="m-boxed" placeholder="时间、地点、怎么损坏的、损坏程度，如：课间追逐撞倒课桌，桌腿弯折" value={description}
          onChange={changed(['description'], setDescription)} rows={3} maxLength={1000} showCount />
        {fieldError('description')}
      </Card>
      <Card className="m-card">
        <div className="m-section-label">责任人</div>
        <Selector className="m-selector m-dmg-choices" columns={4} options={PARTY_OPTIONS} value={[partyType]} onChange={(v) => v[0] && changed(['partyType', 'partyUserId', 'partyName', 'partyClass'], setPartyType)(v[0])} />
        <div style={{ marginTop: 12 }}>
          {partyType === 'user' ? <StaffPicker value={staff} onChange={changed(['partyUserId'], setStaff)} /> : null}
          {partyType === 'student' || partyType === 'outsider' ? (
            <div className="m-dmg-row">
              <Input className="m-boxed" placeholder={partyType === 'student' ? '学生姓名' : '姓名或单位'} value={partyName} onChange={changed(['partyName'], setPartyName)} maxLength={40} clearable />
              {partyType === 'student' ? <Input className="m-boxed" placeholder="所在班级" value={partyClass} onChange={changed(['partyClass'], setPartyClass)} maxLength={40} clearable /> : null}
            </div>
          ) : null}
          {partyType === 'unknown' ? <div className="m-muted">责任人不明时，赔偿建议按「不明」的比例计算（默认不赔偿）。</div> : null}
        </div>
        {fieldError('partyType')}{fieldError('partyUserId')}{fieldError('partyName')}{fieldError('partyClass')}
      </Card>
      <Card className="m-card">
        <div className="m-section-label">照片<span className="m-muted">（选填，最多 {MAX_PHOTOS} 张）</span></div>
        <DamagePhotos value={photos} onChange={setPhotos} max={MAX_PHOTOS} />
      </Card>
      {errors.general && <div className="m-form-error" role="alert">{errors.general}</div>}
      <Button block color="primary" size="large" loading={busy} onClick={() => void submit()}>登记损坏</Button>
    </div>
  );
}

function Reported({ asset, detail }: { asset: AssetCard; detail: DamageDetail }) {
  const navigate = useNavigate();
  return (
    <Page title="报损坏" backTo={`/m/assets/${asset.id}`}>
      <div className="m-stack">
        <Result status="success" title="已登记损坏"
          description={<>
            <div>{asset.name}（{asset.code}）</div>
            <div>责任人：{detail.damage.partyText}。资产管理员核实后会提出赔偿建议，处理结果可在电脑端「损坏赔偿」中查看。</div>
          </>} />
        <div className="m-actions">
          <Button block color="primary" size="large" onClick={() => navigate(`/m/assets/${asset.id}`, { replace: true })}>返回资产卡片</Button>
          <Button block size="large" onClick={() => navigate('/m', { replace: true })}>回到首页</Button>
        </div>
      </div>
    </Page>
  );
}
