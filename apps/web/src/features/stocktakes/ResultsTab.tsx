import { Table, Tabs } from 'antd';
import { useState } from 'react';
import { formatTime } from '../../lib/format-time';
import { money } from '../../lib/money';
import { PhotoThumbs } from './PhotoThumbs';
import { type Extra, type Photo, type ResultCounts, type ResultItem, type ResultKind, useExtras, useResults } from './stocktakes-api';

type Tab = ResultKind | 'extras';
const KINDS: { key: Tab; label: string; count: keyof ResultCounts; empty: string }[] = [
  { key: 'found', label: '已盘到', count: 'found', empty: '还没有扫到任何资产' },
  { key: 'missing', label: '盘亏（未找到）', count: 'missing', empty: '应盘的资产都找到了' },
  { key: 'unexpected', label: '盘盈（范围外）', count: 'unexpected', empty: '没有扫到范围外的资产' },
  { key: 'extras', label: '盘盈（无卡）', count: 'extras', empty: '盘点人没有登记无标签的物品' },
  { key: 'wrong_room', label: '位置不符', count: 'wrongRoom', empty: '扫到的资产都在账面位置' },
  { key: 'wrong_custodian', label: '使用人不符', count: 'wrongCustodian', empty: '没有发现使用人不符' },
  { key: 'damaged', label: '状况异常', count: 'damaged', empty: '没有报告损坏或待修' },
];

const photoColumn = { title: '照片', dataIndex: 'photos', width: 110, render: (v: Photo[]) => <PhotoThumbs photos={v} /> };

/** The results by kind; while counting, 盘亏 means "not scanned yet". Photos are the counters' evidence. */
export function ResultsTab({ id, live }: { id: number; live: boolean }) {
  const [tab, setTab] = useState<Tab>('found');
  const [page, setPage] = useState(1);
  // The counts for the tab labels come with every result page; the 无卡 tab keeps showing the last kind's.
  const [kind, setKind] = useState<ResultKind>('found');
  const results = useResults(id, kind, page, live);
  const counts = results.data?.counts;
  const meta = KINDS.find((k) => k.key === tab);
  return (
    <>
      <Tabs size="small" activeKey={tab} onChange={(k) => { setTab(k as Tab); if (k !== 'extras') setKind(k as ResultKind); setPage(1); }}
        items={KINDS.map((k) => ({ key: k.key, label: `${k.label}${counts ? ` ${counts[k.count]}` : ''}` }))} />
      {tab === 'extras' ? <ExtrasTable id={id} live={live} empty={meta?.empty ?? ''} /> : (
        <Table<ResultItem> size="small" rowKey="assetId" loading={results.isLoading} dataSource={results.data?.items ?? []}
          locale={{ emptyText: meta?.empty }}
          pagination={{ current: page, pageSize: 20, total: results.data?.total ?? 0, onChange: setPage, hideOnSinglePage: true, showTotal: (n) => `共 ${n} 件` }}
          columns={[
            { title: '编号', dataIndex: 'code', width: 150 },
            { title: '名称', dataIndex: 'name' },
            { title: '分类', dataIndex: 'categoryName', width: 120 },
            { title: '原值', dataIndex: 'valueFen', width: 110, align: 'right', render: (v: number) => money(v) },
            { title: '账面位置', dataIndex: 'expectedLocation', render: (v: string | null) => v ?? '未登记' },
            ...(kind === 'missing' ? [] : [
              { title: '盘点位置', dataIndex: 'foundLocation', render: (v: string | null) => v ?? '—' },
              ...(kind === 'wrong_custodian' ? [
                { title: '账面使用人', dataIndex: 'expectedCustodianName', render: (v: string | null) => v ?? '—' },
                { title: '实际使用人', dataIndex: 'foundCustodianName', render: (v: string | null) => v ?? '—' },
              ] : []),
              { title: '状况', dataIndex: 'conditionLabel', width: 70 },
              photoColumn,
              { title: '盘点人', dataIndex: 'scannedByName', width: 90 },
              { title: '时间', dataIndex: 'scannedAt', width: 150, render: (v: string | null) => (v ? formatTime(v) : '') },
            ]),
          ]} />
      )}
    </>
  );
}

/** 盘盈（无卡）: what counters found without a label, how many, where, with their photos. */
function ExtrasTable({ id, live, empty }: { id: number; live: boolean; empty: string }) {
  const extras = useExtras(id, live);
  return (
    <Table<Extra> size="small" rowKey="id" loading={extras.isLoading} dataSource={extras.data?.items ?? []} locale={{ emptyText: empty }}
      pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (n) => `共 ${n} 条` }}
      columns={[
        { title: '物品名称', dataIndex: 'name' },
        { title: '数量', dataIndex: 'quantity', width: 70, align: 'right' },
        { title: '所在房间', dataIndex: 'roomName', render: (v: string | null) => v ?? '未选房间' },
        { title: '说明', dataIndex: 'note', render: (v: string | null) => v ?? '' },
        photoColumn,
        { title: '登记人', dataIndex: 'createdByName', width: 90 },
        { title: '时间', dataIndex: 'createdAt', width: 150, render: (v: string) => formatTime(v) },
      ]} />
  );
}
