import { Input, TextArea } from 'antd-mobile';
import { PhotoPicker } from './photo-picker';
import type { FileDto } from './types';
import { fenOf } from '../../lib/money';

export interface PartDraft {
  name: string;
  quantity: string;
  unitCost: string;
}

export interface CompleteDraft {
  laborHours: string;
  parts: PartDraft[];
  cost: string;
  note: string;
  photos: FileDto[];
}

export const EMPTY_COMPLETE: CompleteDraft = { laborHours: '', parts: [], cost: '', note: '', photos: [] };

const toFen = (yuan: string) => fenOf(Number(yuan));

/**
 * The 完工 body the server wants: yuan typed on the phone become fen; empty part rows are dropped.
 * `photoRequired` is the school's 完工须拍照 setting as the work-order detail reports it; outsourced
 * (委外) work must state its actual cost.
 */
export function completeBody(d: CompleteDraft, version: number, photoRequired: boolean, costRequired = false): { body: Record<string, unknown> } | { error: string } {
  const hours = Number(d.laborHours);
  if (d.laborHours.trim() === '' || !Number.isFinite(hours) || hours < 0) return { error: '请填写工时（小时）' };
  if (photoRequired && d.photos.length === 0) return { error: '请至少拍一张完工照片' };
  const parts = d.parts.filter((p) => p.name.trim());
  for (const p of parts) {
    if (!(Number(p.quantity) > 0)) return { error: `请填写“${p.name}”的数量` };
    if (p.unitCost.trim() === '' || !(Number(p.unitCost) >= 0)) return { error: `请填写“${p.name}”的单价（元）` };
  }
  if (costRequired && d.cost.trim() === '') return { error: '委外工单请填写实际费用（元）' };
  if (d.cost.trim() !== '' && !(Number(d.cost) >= 0)) return { error: '费用应为不小于 0 的金额（元）' };
  return {
    body: {
      version, laborHours: hours,
      ...(parts.length ? { parts: parts.map((p) => ({ name: p.name.trim(), quantity: Number(p.quantity), unitCostFen: toFen(p.unitCost) })) } : {}),
      ...(d.cost.trim() !== '' ? { costFen: toFen(d.cost) } : {}),
      ...(d.note.trim() ? { note: d.note.trim() } : {}),
      photoFileIds: d.photos.map((p) => p.id),
    },
  };
}

/** Hours, parts (name / qty / unit price in 元), total, note and after-photos (marked 必填 when the school requires them). */
export function CompleteForm({ value, onChange, photoRequired, quoteFen }: {
  value: CompleteDraft; onChange: (d: CompleteDraft) => void; photoRequired: boolean;
  /** Set for outsourced work: the cost becomes required and the quote is shown beside it. */
  quoteFen?: number | null | undefined;
}) {
  const outsourced = quoteFen !== undefined;
  const set = (patch: Partial<CompleteDraft>) => onChange({ ...value, ...patch });
  const setPart = (i: number, patch: Partial<PartDraft>) => set({ parts: value.parts.map((p, j) => (j === i ? { ...p, ...patch } : p)) });
  const partsTotal = value.parts.reduce((s, p) => s + (Number(p.quantity) || 0) * (Number(p.unitCost) || 0), 0);
  return (
    <>
      <div>
        <div className="m-section-label">工时（小时）</div>
        <Input className="m-boxed" type="number" inputMode="decimal" placeholder="例如 1.5" value={value.laborHours} onChange={(v) => set({ laborHours: v })} />
      </div>
      <div>
        <div className="m-section-label">配件</div>
        {value.parts.length > 0 && <div className="m-part-row m-muted" style={{ fontSize: 13 }}><span>名称</span><span>数量</span><span>单价(元)</span><span /></div>}
        {value.parts.map((p, i) => (
          <div key={i} className="m-part-row">
            <input aria-label="配件名称" value={p.name} onChange={(e) => setPart(i, { name: e.target.value })} placeholder="如 灯管" />
            <input aria-label="数量" inputMode="decimal" value={p.quantity} onChange={(e) => setPart(i, { quantity: e.target.value })} />
            <input aria-label="单价（元）" inputMode="decimal" value={p.unitCost} onChange={(e) => setPart(i, { unitCost: e.target.value })} />
            <button type="button" aria-label="删除配件" onClick={() => set({ parts: value.parts.filter((_, j) => j !== i) })}>×</button>
          </div>
        ))}
        <button type="button" className="m-navbar-link" onClick={() => set({ parts: [...value.parts, { name: '', quantity: '1', unitCost: '' }] })}>+ 添加配件</button>
      </div>
      <div>
        <div className="m-section-label">{outsourced ? `实际费用（元，必填）${quoteFen !== null && quoteFen !== undefined ? ` · 报价 ${(quoteFen / 100).toFixed(2)}` : ''}` : '费用（元）'}</div>
        <Input className="m-boxed" type="number" inputMode="decimal"
          placeholder={outsourced ? '按实际结算金额填写' : partsTotal > 0 ? `不填则按配件合计 ${partsTotal.toFixed(2)}` : '无费用可不填'}
          value={value.cost} onChange={(v) => set({ cost: v })} />
      </div>
      <TextArea className="m-boxed" placeholder="维修说明（选填）" value={value.note} onChange={(v) => set({ note: v })} rows={2} maxLength={500} />
      <div>
        <div className="m-section-label">{photoRequired ? '完工照片（必填）' : '完工照片（选填）'}</div>
        <PhotoPicker value={value.photos} onChange={(photos) => set({ photos })} max={9} />
      </div>
    </>
  );
}
