import { PlusOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { Alert, Button, Card, Popconfirm, Progress, Result, Space, Table, Tag } from 'antd';
import { isApiError } from '../../lib/api';
import { formatTime } from '../../lib/format-time';
import { useState } from 'react';
import { useSession } from '../../lib/session';
import { type CheckRoom, type Round, useCloseRound, useRound, useRounds } from './asset-checks-api';
import { CheckResultDrawer } from './CheckResultDrawer';
import { OpenRoundModal } from './OpenRoundModal';
import { PrintLabelsModal } from '../../components/PrintLabelsModal';

/** 期初清点: the storekeeper opens a round and follows which rooms are done, missing and damaged. */
export function AssetChecksPage() {
  const { can } = useSession();
  const rounds = useRounds();
  const close = useCloseRound();
  const [opening, setOpening] = useState(false);
  const [selected, setSelected] = useState<number | null>(null);
  const current = selected ?? rounds.data?.items[0]?.id ?? null;
  if (isApiError(rounds.error) && rounds.error.status === 403) {
    // Teachers read cards too, but check only their own rooms, on the phone.
    return (
      <PageContainer title="期初清点">
        <Result status="info" title="请在手机上清点您负责的房间" subTitle="用手机打开本系统，首页“我的清点”里列出您担任班主任或管理人的房间，逐件确认后签字提交。" />
      </PageContainer>
    );
  }
  if (rounds.isError) {
    return <PageContainer title="期初清点"><Alert type="error" showIcon message="清点任务加载失败" description={rounds.error.message} /></PageContainer>;
  }
  return (
    <PageContainer title="期初清点" content="每学期初，各班班主任和房间管理人在手机上逐件清点本房间的资产并签字；这里查看进度和每个房间的结果。"
      extra={can('asset', 'create') ? <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpening(true)}>发起清点</Button> : null}>
      <Table<Round> rowKey="id" size="middle" loading={rounds.isLoading} dataSource={rounds.data?.items ?? []} pagination={false}
        rowClassName={(r) => (r.id === current ? 'ant-table-row-selected' : '')}
        onRow={(r) => ({ onClick: () => setSelected(r.id), style: { cursor: 'pointer' } })}
        locale={{ emptyText: '还没有清点任务。点击“发起清点”，选择范围后各房间负责人即可在手机“我的清点”里看到。' }}
        columns={[
          { title: '清点名称', dataIndex: 'name' },
          { title: '学期', dataIndex: 'termName', render: (v: string | null) => v ?? '—' },
          { title: '范围', dataIndex: 'buildingNames', render: (v: string[]) => (v.length ? v.join('、') : '全部房间') },
          { title: '截止', dataIndex: 'dueDate', width: 110 },
          { title: '进度', width: 200, render: (_, r) => <span><Progress percent={r.roomsTotal ? Math.round((r.roomsDone / r.roomsTotal) * 100) : 0} size="small" />{r.roomsDone}/{r.roomsTotal} 个房间</span> },
          { title: '不在位', dataIndex: 'missingCount', width: 80, render: (v: number) => (v ? <Tag color="red">{v}</Tag> : 0) },
          { title: '损坏/待修', dataIndex: 'damagedCount', width: 90, render: (v: number) => (v ? <Tag color="orange">{v}</Tag> : 0) },
          { title: '状态', dataIndex: 'statusLabel', width: 90, render: (v: string, r) => <Tag color={r.status === 'open' ? 'processing' : 'default'}>{v}</Tag> },
          {
            title: '操作', width: 100, render: (_, r) => (r.abilities.close ? (
              <Popconfirm title="结束后不能再提交，确定结束？" onConfirm={() => close.mutate(r)}>
                <Button size="small" onClick={(e) => e.stopPropagation()}>结束</Button>
              </Popconfirm>
            ) : null),
          },
        ]} />
      {current !== null && <RoundRooms roundId={current} />}
      <OpenRoundModal open={opening} onClose={() => setOpening(false)} onOpened={setSelected} />
    </PageContainer>
  );
}

function RoundRooms({ roundId }: { roundId: number }) {
  const { can } = useSession();
  const round = useRound(roundId);
  const [viewing, setViewing] = useState<number | null>(null);
  const [printing, setPrinting] = useState<CheckRoom | null>(null);
  return (
    <Card title={round.data ? `${round.data.round.name}：各房间` : '各房间'} style={{ marginTop: 16 }}>
      <Table<CheckRoom> rowKey="id" size="small" loading={round.isLoading} dataSource={round.data?.rooms ?? []} pagination={{ pageSize: 50, hideOnSinglePage: true }}
        columns={[
          { title: '房间', dataIndex: 'roomName', render: (v: string, r) => <span>{v}<div style={{ color: '#888', fontSize: 12 }}>{r.location}</div></span> },
          { title: '负责人', dataIndex: 'responsibleNames', render: (v: string[]) => (v.length ? v.join('、') : <span style={{ color: '#c00' }}>未指定</span>) },
          { title: '应清点', dataIndex: 'expectedCount', width: 80 },
          { title: '状态', dataIndex: 'statusLabel', width: 90, render: (v: string, r) => <Tag color={r.status === 'submitted' ? 'success' : 'warning'}>{v}</Tag> },
          { title: '在位', dataIndex: 'presentCount', width: 70 },
          { title: '不在位', dataIndex: 'missingCount', width: 80, render: (v: number) => (v ? <Tag color="red">{v}</Tag> : 0) },
          { title: '损坏/待修', dataIndex: 'damagedCount', width: 90, render: (v: number) => (v ? <Tag color="orange">{v}</Tag> : 0) },
          { title: '账外', dataIndex: 'extraCount', width: 70 },
          { title: '提交', dataIndex: 'submittedAt', width: 150, render: (v: string | null, r) => (v ? `${r.submittedByName ?? ''} ${formatTime(v)}` : '—') },
          {
            title: '操作', width: 170, render: (_, r) => (
              <Space size={4}>
                <Button size="small" type="link" onClick={() => setViewing(r.id)}>查看结果</Button>
                {can('asset', 'print') && <Button size="small" type="link" onClick={() => setPrinting(r)}>打印标签</Button>}
              </Space>
            ),
          },
        ]} />
      <CheckResultDrawer checkId={viewing} onClose={() => setViewing(null)} />
      {printing ? <PrintLabelsModal open target={{ kind: 'asset', body: { roomId: printing.roomId } }} title={`打印资产标签：${printing.roomName}`} onClose={() => setPrinting(null)} /> : null}
    </Card>
  );
}
