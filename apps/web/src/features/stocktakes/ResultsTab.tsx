import { Table, Tabs } from 'antd';
import { useState } from 'react';
import { formatTime } from '../../lib/format-time';
import { money } from '../assets/money';
import { type ResultCounts, type ResultItem, type ResultKind, useResults } from './stocktakes-api';

const KINDS: { key: ResultKind; label: string; count: keyof ResultCounts; empty: string }[] = [
  { key: 'found', label: '已盘到', count: 'found', empty: '还没有扫到任何资产' },
  { key: 'missing', label: '盘亏（未找到）', count: 'missing', empty: '应盘的资产都找到了' },
  { key: 'unexpected', label: '盘盈（范围外）', count: 'unexpected', empty: '没有扫到范围外的资产' },
  { key: 'wrong_room', label: '位置不符', count: 'wrongRoom', empty: '扫到的资产都在账面位置' },
  { key: 'wrong_custodian', label: '使用人不符', count: 'wrongCustodian', empty: '没有发现使用人不符' },
  { key: 'damaged', label: '状况异常', count: 'damaged', empty: '没有报告损坏或待修' },
];

/** The results by kind; while counting, 盘亏 means "not scanned yet". */
export function ResultsTab({ id, live }: { id: number; live: boolean }) {
  const [kind, setKind] = useState<ResultKind>('found');
  const [page, setPage] = useState(1);
  const results = useResults(id, kind, page, live);
  const counts = results.data?.counts;
  const meta = KINDS.find((k) => k.key === kind);
  return (
    <>
      <Tabs size="small" activeKey={kind} onChange={(k) => { setKind(k as ResultKind); setPage(1); }}
        items={KINDS.map((k) => ({ key: k.key, label: `${k.label}${counts ? ` ${counts[k.count]}` : ''}` }))} />
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
            { title: '盘点人', dataIndex: 'scannedByName', width: 90 },
            { title: '时间', dataIndex: 'scannedAt', width: 150, render: (v: string | null) => (v ? formatTime(v) : '') },
          ]),
        ]} />
    </>
  );
}
