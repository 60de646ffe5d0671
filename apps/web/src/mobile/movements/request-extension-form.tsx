import { Button, DatePicker, TextArea } from 'antd-mobile';
import { useState } from 'react';
import { ApiError, post } from '../../lib/api';
import type { Movement } from '../../features/asset-movements/movements-api';
import { Toast } from '../components/imperative';
import { type SubmitErrors, splitServerErrors } from '../lib/apply-field-errors';

const FIELDS = ['dueDate', 'reason'];
const NO_ERRORS: SubmitErrors = { fields: {}, general: null };
const ymd = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
const dayAfter = (date: string | null) => {
  const today = new Date();
  today.setHours(0, 0, 0, 0);
  if (!date) return today;
  const [y, mo, d] = date.split('-').map(Number);
  const next = new Date(y ?? 0, (mo ?? 1) - 1, (d ?? 1) + 1);
  return next > today ? next : today;
};

/**
 * 申请续借 on the borrower's phone: the date they would like to return by (after the current due
 * date) and why; the storekeeper decides. The server checks the date again and names the field.
 */
export function RequestExtensionForm({ movement: m, onDone }: { movement: Movement; onDone: () => void }) {
  const earliest = dayAfter(m.dueDate);
  const [open, setOpen] = useState(false);
  const [dueDate, setDueDate] = useState<Date>(() => new Date(earliest.getTime() + 6 * 86_400_000));
  const [picking, setPicking] = useState(false);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<SubmitErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  if (!open) return <div className="m-move-actions"><Button block color="primary" size="large" onClick={() => setOpen(true)}>申请续借</Button></div>;

  const submit = async () => {
    if (busy) return;
    if (!reason.trim()) return setErrors({ fields: { reason: '请写明续借理由，如：公开课改期到下周' }, general: null });
    setBusy(true);
    setErrors(NO_ERRORS);
    try {
      await post(`/asset-movements/${m.id}/request-extension`, { version: m.version, dueDate: ymd(dueDate), reason: reason.trim() });
      Toast.show({ icon: 'success', content: '已提交续借申请，等待保管员处理' });
      onDone();
    } catch (err) {
      setErrors(splitServerErrors(err, FIELDS));
      if (err instanceof ApiError && err.status === 409) onDone();
    } finally {
      setBusy(false);
    }
  };
  const fieldError = (key: string) => errors.fields[key] && <div className="m-field-error">{errors.fields[key]}</div>;
  return (
    <div className="m-move-actions m-move-form" data-testid="request-extension">
      <div className="m-move-label">希望归还日期（现为 {m.dueDate ?? '—'}）</div>
      <Button block onClick={() => setPicking(true)}>{ymd(dueDate)}</Button>
      <DatePicker visible={picking} precision="day" min={earliest} value={dueDate} title="希望归还日期"
        onClose={() => setPicking(false)} onConfirm={(d) => { setDueDate(d); setErrors(NO_ERRORS); }} />
      {fieldError('dueDate')}
      <div className="m-move-label">续借理由</div>
      <TextArea className="m-move-input" value={reason} onChange={(v) => { setReason(v); setErrors(NO_ERRORS); }} rows={3} maxLength={200} showCount
        placeholder="如：公开课改期到下周，还需使用" />
      {fieldError('reason')}
      {errors.general ? <div className="m-field-error">{errors.general}</div> : null}
      <Button block color="primary" size="large" loading={busy} onClick={() => void submit()}>提交申请</Button>
      <Button block fill="none" onClick={() => { setOpen(false); setErrors(NO_ERRORS); }}>取消</Button>
    </div>
  );
}
