import { List } from 'antd-mobile';
import { PhotoRow } from './photo-picker';
import type { FileDto, RepairRequestDetail } from './types';
import { money } from '../../lib/money';


/** What the technician recorded at 完工: hours, parts, cost (against the quote, for 委外), note and after-photos. */
export function CompletionSummary({ completion, photos, quoteFen }: {
  completion: NonNullable<RepairRequestDetail['completion']>; photos: FileDto[]; quoteFen?: number | null | undefined;
}) {
  return (
    <List header="完工记录" mode="card">
      <List.Item extra={`${completion.laborHours} 小时`}>工时</List.Item>
      {completion.parts.map((p) => (
        <List.Item key={p.id} extra={money(p.quantity * p.unitCostFen)}>{p.name} × {p.quantity}{p.unit ?? ''}</List.Item>
      ))}
      <List.Item extra={money(completion.costFen)}>{quoteFen !== undefined ? '实际费用' : '费用'}</List.Item>
      {quoteFen !== undefined && quoteFen !== null && <List.Item extra={money(quoteFen)}>报价</List.Item>}
      {completion.note && <List.Item description={completion.note}>说明</List.Item>}
      {photos.length > 0 && <List.Item><PhotoRow photos={photos} /></List.Item>}
    </List>
  );
}
