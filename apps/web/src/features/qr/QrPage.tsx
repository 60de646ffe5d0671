import { PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { PageContainer, ProFormDigit, ProFormText, ProTable, type ProColumns } from '@ant-design/pro-components';
import { Button, Empty, Popconfirm, Progress, Tabs, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { ExportButton } from '../../components/ExportButton';
import { FormModal } from '../../components/FormModal';
import { PrintLabelsModal } from '../../components/PrintLabelsModal';
import { t } from '../../lib/i18n';
import { useIsMobile } from '../../lib/use-is-mobile';
import { useSession } from '../../lib/session';
import { useServerTable } from '../../lib/use-server-table';
import { LinkModal } from './LinkModal';
import { type QrBatch, type QrCode, useAllBatches, useQrWrites } from './qr-api';

function CodesTab({ batchId }: { batchId?: number }) {
  const mobile = useIsMobile();
  const { can } = useSession();
  const table = useServerTable<QrCode>('/qr-codes', { defaultSort: 'code', fixed: { batchId } });
  const batches = useAllBatches();
  const writes = useQrWrites();
  const [linking, setLinking] = useState<QrCode | null>(null);
  const anyFilter = Object.entries(table.filters).some(([k, v]) => k !== 'sort' && v !== undefined && v !== '');
  const columns: ProColumns<QrCode>[] = [
    { title: '编号', dataIndex: 'q', hideInTable: true, fieldProps: { placeholder: '二维码编号' } },
    { title: '二维码', dataIndex: 'code', key: 'code', sorter: true, hideInSearch: true, width: 130, render: (_, c) => <a href={c.url} target="_blank" rel="noreferrer"><Typography.Text code>{c.code}</Typography.Text></a> },
    {
      title: '批次', dataIndex: 'batchId', width: 160, valueType: 'select', hideInSearch: batchId !== undefined,
      fieldProps: { options: (batches.data?.items ?? []).map((b) => ({ value: b.id, label: b.name })) }, render: (_, c) => c.batchName ?? '—',
    },
    { title: '关联状态', dataIndex: 'linked', hideInTable: true, valueType: 'select', valueEnum: { true: { text: '已关联' }, false: { text: '未关联' } } },
    {
      title: '关联对象', key: 'target', hideInSearch: true, width: 240,
      render: (_, c) => c.targetName ? <span><Tag>{c.targetTypeLabel}</Tag>{c.targetName}{c.targetLocation ? <Typography.Text type="secondary">（{c.targetLocation}）</Typography.Text> : null}</span> : <Typography.Text type="secondary">未关联</Typography.Text>,
    },
    { title: '关联时间', dataIndex: 'linkedAt', key: 'linkedAt', sorter: true, hideInSearch: true, width: 150, render: (_, c) => c.linkedAt ? dayjs(c.linkedAt).format('YYYY-MM-DD HH:mm') : '—' },
    {
      title: t('操作'), valueType: 'option', width: 150, fixed: mobile ? undefined : 'right',
      render: (_, c) => [
        c.abilities.link ? <a key="link" onClick={() => setLinking(c)}>{c.targetId ? '改关联' : '关联房间'}</a> : null,
        c.abilities.unlink && c.targetId ? (
          <Popconfirm key="unlink" title={`解除 ${c.code} 的关联？`} description="解除后扫这张标签将提示“未关联”，可以再关联到其他房间。" okText="解除" cancelText={t('取消')}
            onConfirm={() => writes.unlink.mutate(c)}>
            <a style={{ color: '#ff4d4f' }}>解除</a>
          </Popconfirm>
        ) : null,
      ],
    },
  ];
  return (
    <>
      <ProTable<QrCode>
        rowKey="id"
        columns={columns}
        {...table.tableProps}
        search={{ labelWidth: 'auto' }}
        scroll={{ x: 900 }}
        toolBarRender={() => [can('qr', 'export') ? <ExportButton key="export" path="/qr-codes/export.xlsx" filters={{ ...table.filters, batchId }} filename="二维码清单.xlsx" /> : null]}
        options={{ reload: () => void table.query.refetch(), density: false, setting: false }}
        locale={{
          emptyText: anyFilter ? <Empty description="没有符合条件的二维码。" />
            : <Empty description="还没有二维码：到“批次”页签生成一批，打印贴到房间门口，再在这里关联房间（或直接在“房间”页勾选房间打印，系统自动关联）。" />,
        }}
      />
      <LinkModal code={linking} onClose={() => setLinking(null)} />
    </>
  );
}

function BatchesTab({ onOpenBatch }: { onOpenBatch: (b: QrBatch) => void }) {
  const mobile = useIsMobile();
  const { can } = useSession();
  const table = useServerTable<QrBatch>('/qr-batches', { defaultSort: '-createdAt' });
  const writes = useQrWrites();
  const [creating, setCreating] = useState(false);
  const [printing, setPrinting] = useState<QrBatch | null>(null);
  return (
    <>
      <ProTable<QrBatch>
        rowKey="id"
        search={false}
        {...table.tableProps}
        scroll={{ x: 720 }}
        options={{ reload: () => void table.query.refetch(), density: false, setting: false }}
        toolBarRender={() => [can('qr', 'create') ? <Button key="new" type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>生成一批二维码</Button> : null]}
        locale={{ emptyText: <Empty description="还没有二维码批次。点“生成一批二维码”，例如 100 个，打印后贴到各房间。" /> }}
        columns={[
          { title: '批次', dataIndex: 'name', render: (_, b) => <a onClick={() => onOpenBatch(b)}>{b.name}</a> },
          { title: '数量', dataIndex: 'size', width: 80 },
          { title: '已关联', key: 'linked', width: 180, render: (_, b) => <Progress percent={b.size ? Math.round((b.linkedCount / b.size) * 100) : 0} size="small" format={() => `${b.linkedCount}/${b.size}`} /> },
          { title: '生成时间', dataIndex: 'createdAt', key: 'createdAt', sorter: true, width: 150, render: (_, b) => dayjs(b.createdAt).format('YYYY-MM-DD HH:mm') },
          { title: '生成人', dataIndex: 'createdByName', width: 100 },
          {
            title: t('操作'), valueType: 'option', width: 120, fixed: mobile ? undefined : 'right',
            render: (_, b) => [b.abilities.print ? <a key="print" onClick={() => setPrinting(b)}><PrinterOutlined /> 打印标签</a> : null],
          },
        ]}
      />
      <FormModal<{ name: string; count: number }>
        title="生成一批二维码"
        open={creating}
        formKey="batch"
        onClose={() => setCreating(false)}
        initialValues={{ name: `${dayjs().format('YYYY年M月')}批次`, count: 100 }}
        onSubmit={(v, form) => writes.createBatch.submit({ name: v.name.trim(), count: v.count }, form)}
      >
        <ProFormText name="name" label="批次名称" rules={[{ required: true, message: '请填写批次名称' }]} fieldProps={{ maxLength: 60 }} />
        <ProFormDigit name="count" label="数量" min={1} max={1000} fieldProps={{ precision: 0 }} rules={[{ required: true, message: '请填写数量' }]}
          extra="二维码生成后是空白的，贴好后再关联房间；一次最多 1000 个" />
      </FormModal>
      {printing ? <PrintLabelsModal open onClose={() => setPrinting(null)} target={{ kind: 'qr', body: { batchId: printing.id } }} title={`打印批次「${printing.name}」的标签`} /> : null}
    </>
  );
}

export function QrPage() {
  const [tab, setTab] = useState('codes');
  const [batch, setBatch] = useState<QrBatch | null>(null);
  return (
    <PageContainer title={t('二维码')} content="每个二维码是一张固定的标签：贴在房间门口，老师扫码即可报修。标签损坏时可以把新码关联到同一房间。">
      <Tabs
        activeKey={tab}
        onChange={(k) => { setTab(k); if (k === 'codes') setBatch(null); }}
        items={[
          {
            key: 'codes', label: batch ? `二维码 · ${batch.name}` : '二维码',
            children: <CodesTab key={batch?.id ?? 'all'} batchId={batch?.id} />,
          },
          { key: 'batches', label: '批次', children: <BatchesTab onOpenBatch={(b) => { setBatch(b); setTab('codes'); }} /> },
        ]}
      />
    </PageContainer>
  );
}
