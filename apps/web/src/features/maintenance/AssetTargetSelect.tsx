import { useQuery } from '@tanstack/react-query';
import { Select, type SelectProps } from 'antd';
import { useState } from 'react';
import type { Page } from '@houqin/contracts';
import { get, qs } from '../../lib/api';

interface AssetLite { id: number; code: string; name: string; location: string | null; statusLabel: string }
export interface ChosenAsset { id: number; code: string; name: string; place: string | null; disposed: boolean }

const labelOf = (a: { code: string; name: string }, place: string | null) => `${a.name}（${a.code}）${place ? ` · ${place}` : ''}`;

/**
 * Cards picked by number or name (GET /assets?q=…, which also finds brand, model and serial number).
 * The plan's chosen cards stay labelled even when they are not in the current search page.
 */
export function AssetTargetSelect({ chosen = [], ...rest }: Omit<SelectProps<number[]>, 'options' | 'onSearch' | 'filterOption' | 'loading' | 'mode'> & { chosen?: ChosenAsset[] }) {
  const [q, setQ] = useState('');
  const query = useQuery({
    queryKey: ['/assets', { q, page: 1, pageSize: 20, picker: 'maintenance' }],
    queryFn: () => get<Page<AssetLite>>(`/assets${qs({ q, page: 1, pageSize: 20 })}`),
    staleTime: 60_000,
  });
  const options = (query.data?.items ?? []).filter((a) => a.statusLabel !== '已处置').map((a) => ({ value: a.id, label: labelOf(a, a.location) }));
  for (const a of chosen) {
    if (!options.some((o) => o.value === a.id)) options.push({ value: a.id, label: `${labelOf(a, a.place)}${a.disposed ? '（已处置）' : ''}` });
  }
  return (
    <Select<number[]>
      mode="multiple"
      showSearch
      allowClear
      filterOption={false}
      onSearch={setQ}
      loading={query.isFetching}
      options={options}
      placeholder="输入资产编号或名称搜索"
      notFoundContent={query.isFetching ? '搜索中…' : '没有找到，换个关键词试试'}
      {...rest}
    />
  );
}
