import { Button, Input } from 'antd-mobile';
import type { CheckItem, Condition, LineAnswer } from './types';

const CONDITIONS: { key: Condition; label: string }[] = [
  { key: 'good', label: '完好' },
  { key: 'damaged', label: '损坏' },
  { key: 'needs_repair', label: '待修' },
];

/**
 * One card on the room's list: 在 / 不在, then its condition. A missing or damaged card is flagged
 * in red; a damaged one offers 报修 with the card filled in, and a photo as evidence.
 */
export function CheckLine({ item, answer, error, disabled, photoName, onChange, onRepair, onPhoto }: {
  item: CheckItem;
  answer: LineAnswer;
  error?: string | undefined;
  disabled: boolean;
  photoName: string | null;
  onChange: (next: LineAnswer) => void;
  onRepair: () => void;
  onPhoto: (file: File) => void;
}) {
  const flagged = answer.present === false || (answer.present === true && answer.condition !== null && answer.condition !== 'good');
  return (
    <div className="m-check-item" data-testid={`check-item-${item.code}`}>
      <div className="m-check-item-head">
        <span className="m-check-item-name">{item.name}</span>
        <span className="m-check-item-code">{item.code}</span>
      </div>
      {item.specModel && <div className="m-muted">{item.categoryName} · {item.specModel}</div>}
      <div className="m-check-choices" role="group" aria-label={`${item.name} 是否在位`}>
        <Button size="small" disabled={disabled} color={answer.present === true ? 'primary' : 'default'}
          onClick={() => onChange({ ...answer, present: true, condition: answer.condition ?? 'good' })}>在</Button>
        <Button size="small" disabled={disabled} color={answer.present === false ? 'danger' : 'default'}
          onClick={() => onChange({ ...answer, present: false, condition: null })}>不在</Button>
      </div>
      {answer.present === true && (
        <div className="m-check-choices" role="group" aria-label={`${item.name} 状况`}>
          {CONDITIONS.map((c) => (
            <Button key={c.key} size="small" disabled={disabled} fill={answer.condition === c.key ? 'solid' : 'outline'}
              color={answer.condition === c.key ? (c.key === 'good' ? 'success' : 'warning') : 'default'}
              onClick={() => onChange({ ...answer, condition: c.key })}>{c.label}</Button>
          ))}
        </div>
      )}
      {flagged && (
        <>
          <div className="m-check-flag">{answer.present === false ? '不在位：请说明去向' : '已标记需要处理'}</div>
          <Input placeholder="说明（选填），如：借给三年级2班" value={answer.note} disabled={disabled} maxLength={200}
            onChange={(note) => onChange({ ...answer, note })} />
          {answer.present === true && (
            <div className="m-check-choices">
              <Button size="small" color="warning" fill="outline" onClick={onRepair}>一键报修</Button>
              <label className="adm-button adm-button-default adm-button-fill-outline adm-button-small adm-button-shape-default">
                <input type="file" accept="image/*" capture="environment" hidden disabled={disabled}
                  onChange={(e) => { const f = e.target.files?.[0]; if (f) onPhoto(f); e.target.value = ''; }} />
                {photoName ? '已拍照（重拍）' : '拍照'}
              </label>
            </div>
          )}
        </>
      )}
      {error && <div className="m-field-error" role="alert">{error}</div>}
    </div>
  );
}
