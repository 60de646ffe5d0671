import { CheckList, List, Popup, SearchBar } from 'antd-mobile';
import { useState } from 'react';

/** CheckList needs a value for "no asset"; ids are positive. */
const NONE = 0;

export interface AssetChoice { id: number; code: string; name: string }

/**
 * 哪件设备 as one line that opens a searchable list: a classroom may hold dozens of cards (desks
 * by the ten), and the report form must stay short enough to send in half a minute.
 */
export function AssetPicker({ assets, value, onChange }: { assets: AssetChoice[]; value: number | null; onChange: (id: number | null) => void }) {
  const [open, setOpen] = useState(false);
  const [q, setQ] = useState('');
  const chosen = assets.find((a) => a.id === value);
  const shown = q.trim() ? assets.filter((a) => a.name.includes(q.trim()) || a.code.includes(q.trim().toUpperCase())) : assets;
  return (
    <>
      <List style={{ '--border-top': 'none', '--border-bottom': 'none', '--padding-left': '0' }}>
        <List.Item onClick={() => setOpen(true)} extra={chosen ? chosen.code : `${assets.length} 件可选`}>
          {chosen ? chosen.name : <span className="m-muted">不指定设备</span>}
        </List.Item>
      </List>
      <Popup visible={open} onMaskClick={() => setOpen(false)} onClose={() => setOpen(false)}
        bodyStyle={{ borderRadius: '12px 12px 0 0', maxHeight: '75dvh', overflowY: 'auto' }}>
        <div style={{ padding: 12 }}>
          <SearchBar placeholder="名称或资产编号" value={q} onChange={setQ} />
        </div>
        <CheckList value={[value ?? NONE]}
          onChange={(v) => { const id = v[0]; onChange(typeof id === 'number' && id !== NONE ? id : null); setOpen(false); }}>
          <CheckList.Item value={NONE}>不指定设备</CheckList.Item>
          {shown.map((a) => (
            <CheckList.Item key={a.id} value={a.id} description={a.code}>{a.name}</CheckList.Item>
          ))}
        </CheckList>
        {shown.length === 0 ? <div className="m-muted" style={{ padding: 16, textAlign: 'center' }}>没有找到，换个关键词或不指定设备</div> : null}
      </Popup>
    </>
  );
}
