import { Form, Input, Selector, TextArea } from 'antd-mobile';
import type { Answers, AnswerValue, ChecklistItem } from './types';

const PASS_FAIL = [{ label: '合格', value: 'pass' }, { label: '不合格', value: 'fail' }];

function limits(item: ChecklistItem): string | null {
  const unit = item.unit ?? '';
  if (item.min !== null && item.max !== null) return item.min === item.max ? `应为 ${item.min}${unit}` : `标准 ${item.min}–${item.max}${unit}`;
  if (item.min !== null) return `不低于 ${item.min}${unit}`;
  if (item.max !== null) return `不高于 ${item.max}${unit}`;
  return null;
}

/** A failed 合格/不合格 item or a number outside its limits: the remark box opens for what was found. */
export function looksFailed(item: ChecklistItem, value: AnswerValue): boolean {
  if (item.type === 'pass_fail') return value === false;
  if (item.type === 'number' && typeof value === 'number') return (item.min !== null && value < item.min) || (item.max !== null && value > item.max);
  return false;
}

/**
 * One answer per item, by type. Photo and signature items are taken on the desktop or left for the
 * draft (none of the default maintenance checklists requires them).
 */
export function ChecklistFields({ items, answers, errors, onChange }: {
  items: ChecklistItem[]; answers: Answers; errors: Record<string, string>; onChange: (key: string, patch: { value?: AnswerValue; remark?: string }) => void;
}) {
  return (
    <Form layout="vertical" mode="card">
      {items.filter((i) => i.type !== 'photo' && i.type !== 'signature').map((item) => {
        const answer = answers[item.key];
        const value = answer?.value ?? null;
        const help = [item.hint, limits(item)].filter(Boolean).join('；');
        return (
          <Form.Item key={item.key} label={item.label} required={item.required} help={help || undefined}>
            {item.type === 'pass_fail' && (
              <Selector columns={2} options={PASS_FAIL} value={value === null ? [] : [value ? 'pass' : 'fail']}
                onChange={(v) => onChange(item.key, { value: v[0] === undefined ? null : v[0] === 'pass' })} />
            )}
            {item.type === 'number' && (
              <Input type="number" inputMode="decimal" placeholder={item.unit ? `单位：${item.unit}` : '填写数值'} value={typeof value === 'number' ? String(value) : ''}
                onChange={(v) => onChange(item.key, { value: v.trim() === '' || Number.isNaN(Number(v)) ? null : Number(v) })} />
            )}
            {item.type === 'choice' && (
              <Selector multiple={item.multiple} options={item.options.map((o) => ({ label: o, value: o }))}
                value={Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : []}
                onChange={(v) => onChange(item.key, { value: item.multiple ? v : v[0] ?? null })} />
            )}
            {item.type === 'text' && (
              <TextArea autoSize={{ minRows: 2 }} maxLength={2000} placeholder="填写情况" value={typeof value === 'string' ? value : ''}
                onChange={(v) => onChange(item.key, { value: v.trim() ? v : null })} />
            )}
            {errors[item.key] && <div className="m-field-error">{errors[item.key]}</div>}
            {looksFailed(item, value) && (
              <TextArea style={{ marginTop: 8 }} autoSize={{ minRows: 1 }} maxLength={500} placeholder="不合格的情况（选填，报修时会带上）" value={answer?.remark ?? ''}
                onChange={(v) => onChange(item.key, { remark: v })} />
            )}
          </Form.Item>
        );
      })}
    </Form>
  );
}
