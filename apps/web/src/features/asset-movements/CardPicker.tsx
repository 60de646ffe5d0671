import { Button, Select, Space, Table, Tag, Typography, message } from 'antd';
import { useState } from 'react';
import { RoomSelect } from '../../components/RemoteSelect';
import { get, qs } from '../../lib/api';
import { type Candidate, type MovementKind, useCandidates } from './movements-api';

interface Props {
  kind: MovementKind;
  value?: number[];
  onChange?: (ids: number[]) => void;
  /** Cards already known (opened from a card's drawer), so their names show before any search. */
  known?: Candidate[];
}

/**
 * Picks the cards of a document: search by number or name and pick several, or add every card of a
 * room at once ("这间教室的课桌椅全部调走"). Cards that cannot go (待报废, 已借出, in another document)
 * are shown greyed with the reason.
 */
export function CardPicker({ kind, value = [], onChange, known = [] }: Props) {
  const [q, setQ] = useState('');
  const [roomId, setRoomId] = useState<number | undefined>();
  const [picked, setPicked] = useState<Map<number, Candidate>>(() => new Map(known.map((c) => [c.id, c])));
  const search = useCandidates(kind, q, undefined);
  const set = (cards: Candidate[]) => {
    const next = new Map(picked);
    for (const c of cards) next.set(c.id, c);
    setPicked(next);
    onChange?.([...new Set([...value, ...cards.map((c) => c.id)])]);
  };
  const addRoom = async () => {
    if (!roomId) return;
    const res = await get<{ items: Candidate[] }>(`/asset-movements/candidates${qs({ kind, roomId, limit: 500 })}`);
    const free = res.items.filter((c) => !c.blockedReason);
    if (free.length === 0) void message.info('这个房间没有可以办理的资产');
    else void message.success(`已加入 ${free.length} 件${res.items.length > free.length ? `（${res.items.length - free.length} 件不能办理，已跳过）` : ''}`);
    set(free);
  };
  const rows = value.map((id) => picked.get(id)).filter((c): c is Candidate => c !== undefined);
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Select<number>
        showSearch value={null as unknown as number} filterOption={false} onSearch={setQ} loading={search.isFetching}
        placeholder="输入资产编号或名称搜索，选中即加入" style={{ width: '100%' }}
        notFoundContent={search.isFetching ? '搜索中…' : '没有找到，换个关键词试试'}
        options={(search.data?.items ?? []).map((c) => ({
          value: c.id, disabled: c.blockedReason !== null || value.includes(c.id),
          label: `${c.code} ${c.name}${c.location ? ` · ${c.location}` : ''}${c.blockedReason ? `（${c.blockedReason}）` : ''}`,
        }))}
        onSelect={(id: number) => { const c = search.data?.items.find((x) => x.id === id); if (c) set([c]); }}
      />
      <Space.Compact style={{ width: '100%' }}>
        <RoomSelect value={roomId} onChange={(v) => setRoomId(v ?? undefined)} placeholder="或选择房间，加入其中全部资产" style={{ width: '100%' }} />
        <Button onClick={() => void addRoom()} disabled={!roomId}>整间加入</Button>
      </Space.Compact>
      <Table<Candidate> rowKey="id" size="small" dataSource={rows} pagination={rows.length > 8 ? { pageSize: 8, size: 'small' } : false}
        locale={{ emptyText: '还没有选择资产' }}
        title={() => <Typography.Text type="secondary">已选 {rows.length} 件</Typography.Text>}
        columns={[
          { title: '编号', dataIndex: 'code', width: 140 },
          { title: '名称', dataIndex: 'name' },
          { title: '现在', render: (_, c) => [c.custodianName, c.location].filter(Boolean).join(' · ') || '—' },
          { title: '状态', dataIndex: 'statusLabel', width: 80, render: (v: string) => <Tag>{v}</Tag> },
          { title: '', width: 60, render: (_, c) => <a onClick={() => onChange?.(value.filter((id) => id !== c.id))}>移除</a> },
        ]} />
    </Space>
  );
}
