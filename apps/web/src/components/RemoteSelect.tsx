import { useQuery } from '@tanstack/react-query';
import { Select, type SelectProps } from 'antd';
import { useState } from 'react';
import type { Page } from '@houqin/contracts';
import { get, qs } from '../lib/api';

interface Props<T> extends Omit<SelectProps<number>, 'options' | 'onSearch' | 'filterOption' | 'loading'> {
  path: string;
  params?: Record<string, string | number | boolean | undefined>;
  toOption: (item: T) => { value: number; label: string };
  /** Label for the current value when it is not in the first page of results (editing a record). */
  currentLabel?: string | null;
}

/** A searchable select over a paged list endpoint (?q=…): users, rooms. */
export function RemoteSelect<T>({ path, params = {}, toOption, currentLabel, value, ...rest }: Props<T>) {
  const [q, setQ] = useState('');
  const query = useQuery({
    queryKey: [path, { ...params, q, page: 1, pageSize: 20 }],
    queryFn: () => get<Page<T>>(`${path}${qs({ ...params, q, page: 1, pageSize: 20 })}`),
    staleTime: 60_000,
  });
  const options = (query.data?.items ?? []).map(toOption);
  if (value != null && currentLabel && !options.some((o) => o.value === value)) options.unshift({ value, label: currentLabel });
  return (
    <Select<number>
      showSearch
      allowClear
      value={value}
      filterOption={false}
      onSearch={setQ}
      loading={query.isFetching}
      options={options}
      notFoundContent={query.isFetching ? '搜索中…' : '没有找到，换个关键词试试'}
      {...rest}
    />
  );
}

interface UserLite { id: number; name: string; staffNo: string; departmentName: string | null }
interface RoomLite { id: number; name: string; buildingName: string | null; campusName: string; roomTypeLabel: string }

export function UserSelect(props: Omit<Props<UserLite>, 'path' | 'toOption'>) {
  return <RemoteSelect<UserLite> placeholder="输入姓名或工号搜索" {...props} path="/users" params={{ active: true, ...props.params }}
    toOption={(u) => ({ value: u.id, label: `${u.name}（${u.staffNo}${u.departmentName ? ` · ${u.departmentName}` : ''}）` })} />;
}

export function RoomSelect(props: Omit<Props<RoomLite>, 'path' | 'toOption'>) {
  return <RemoteSelect<RoomLite> placeholder="输入房间名称或编号搜索" {...props} path="/rooms"
    toOption={(r) => ({ value: r.id, label: `${r.name}（${[r.campusName, r.buildingName].filter(Boolean).join(' ')} · ${r.roomTypeLabel}）` })} />;
}
