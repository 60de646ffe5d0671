import { Input, Selector } from 'antd-mobile';
import { useState } from 'react';
import { useApi } from '../lib/use-api';
import { useDebounced } from '../lib/use-debounced';

interface Staff { id: number; name: string; staffNo: string; departmentName: string | null }

/** 责任人 among the school's staff: type a name or 工号, tap one of the matches. */
export function StaffPicker({ value, onChange }: { value: Staff | null; onChange: (s: Staff | null) => void }) {
  const [q, setQ] = useState('');
  const needle = useDebounced(q.trim(), 300);
  const found = useApi<{ items: Staff[] }>(needle ? `/users?q=${encodeURIComponent(needle)}&active=true&pageSize=8` : null);
  const options = [...(value ? [value] : []), ...(found.status === 'ok' ? found.data.items.filter((u) => u.id !== value?.id) : [])];
  return (
    <div className="m-dmg-picker">
      <Input className="m-boxed" placeholder="输入姓名或工号搜索" value={q} onChange={setQ} clearable />
      {needle && found.status === 'ok' && found.data.items.length === 0 ? <div className="m-muted">没有找到「{needle}」，请换个写法</div> : null}
      {options.length > 0 ? (
        <Selector className="m-selector" columns={2} value={value ? [value.id] : []}
          options={options.map((u) => ({ value: u.id, label: u.name, description: [u.departmentName, u.staffNo].filter(Boolean).join(' · ') }))}
          onChange={(ids) => onChange(options.find((u) => u.id === ids[0]) ?? null)} />
      ) : null}
    </div>
  );
}
export type { Staff };
