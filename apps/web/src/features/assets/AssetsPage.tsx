import { PlusOutlined } from '@ant-design/icons';
import { PageContainer, ProTable, type ProColumns, type ProFormInstance } from '@ant-design/pro-components';
import { Button, Empty, Space, Tag, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { ExportButton } from '../../components/ExportButton';
import { LedgerPdfButton } from '../asset-reports/LedgerPdfButton';
import { PrintLabelsModal } from '../../components/PrintLabelsModal';
import { RoomSelect, UserSelect } from '../../components/RemoteSelect';
import { freshCopy } from '../../lib/fresh';
import { useIsMobile } from '../../lib/use-is-mobile';
import { useSession } from '../../lib/session';
import { useServerTable } from '../../lib/use-server-table';
import { useDepartments } from '../org/org-api';
import { type Asset, type BatchCreated } from './assets-api';
import { AssetDrawer } from './AssetDrawer';
import { AssetFormDrawer } from './AssetFormDrawer';
import type { FormMode } from './AssetFormFields';
import { ACCOUNTING_CLASSES, ASSET_STATUS, FUNDING_SOURCES, valueEnumOf } from './asset-options';
import { BatchResultModal } from './BatchResultModal';
import { CategoryPicker } from './CategoryPicker';
import { CustodyModal } from './CustodyModal';
import { ImportAssetsButton } from './ImportAssetsButton';
import { money } from '../../lib/money';

/** 资产台账: every card of the school, searched and filtered on the server; the card opens in a drawer. */
export function AssetsPage() {
  const { can } = useSession();
  const mobile = useIsMobile();
  const params = useParams();
  const navigate = useNavigate();
  const [search, setSearch] = useSearchParams();
  const batchNo = search.get('batchNo') ?? undefined;
  const table = useServerTable<Asset>('/assets', { defaultSort: 'code', fixed: { batchNo } });
  const departments = useDepartments();
  const [detailId, setDetailId] = useState<number | null>(params.id ? Number(params.id) : null);
  // Cards ticked for 打印标签 (one QR label each, linked on the way).
  const [selected, setSelected] = useState<number[]>([]);
  const [printing, setPrinting] = useState(false);
  const [form, setForm] = useState<{ mode: FormMode; asset: Asset | null } | null>(null);
  const [custody, setCustody] = useState<Asset | null>(null);
  const [batch, setBatch] = useState<BatchCreated | null>(null);
  const anyFilter = Object.entries(table.filters).some(([k, v]) => k !== 'sort' && v !== undefined && v !== '');
  // Opened from a link (/assets/card/12): closing returns to the plain list URL.
  const closeDetail = () => { setDetailId(null); if (params.id) void navigate('/assets', { replace: true }); };
  const searchForm = useRef<ProFormInstance>(undefined);
  // A batch is shown on its own: whatever was typed in the search form would hide part of it.
  const showBatch = (no: string) => {
    searchForm.current?.resetFields();
    table.tableProps.onReset();
    setSearch({ batchNo: no }, { replace: true });
  };
  const create = can('asset', 'create');

  const columns: ProColumns<Asset>[] = [
    { title: '关键词', dataIndex: 'q', hideInTable: true, fieldProps: { placeholder: '编号、名称、品牌、型号或序列号' } },
    {
      title: '资产编号', dataIndex: 'code', key: 'code', sorter: true, hideInSearch: true, width: 130, fixed: mobile ? undefined : 'left',
      render: (_, a) => <Button type="link" size="small" style={{ padding: 0 }} onClick={() => setDetailId(a.id)}>{a.code}</Button>,
    },
    { title: '名称', dataIndex: 'name', key: 'name', sorter: true, hideInSearch: true, width: 130, ellipsis: true },
    { title: '分类', dataIndex: 'categoryId', width: 100, ellipsis: true, renderFormItem: () => <CategoryPicker />, render: (_, a) => a.categoryName },
    { title: '规格型号', key: 'model', hideInSearch: true, width: 110, ellipsis: true, render: (_, a) => [a.brand, a.specModel].filter(Boolean).join(' ') || '—' },
    { title: '存放地点', dataIndex: 'roomId', width: 150, ellipsis: true, renderFormItem: () => <RoomSelect />, render: (_, a) => a.location || '—' },
    {
      title: '使用人', dataIndex: 'custodianId', width: 72, ellipsis: true, hideInSearch: !can('user', 'read'),
      renderFormItem: () => <UserSelect />, render: (_, a) => a.custodianName ?? '—',
    },
    { title: '使用部门', dataIndex: 'departmentId', hideInTable: true, valueType: 'select', fieldProps: { options: (departments.data ?? []).map((d) => ({ value: d.id, label: d.name })) } },
    { title: '原值', dataIndex: 'originalValueFen', key: 'originalValueFen', sorter: true, hideInSearch: true, width: 125, align: 'right', render: (_, a) => money(a.originalValueFen) },
    { title: '净值', key: 'netValueFen', hideInSearch: true, width: 120, align: 'right', render: (_, a) => money(a.netValueFen) },
    { title: '状态', dataIndex: 'status', width: 70, valueType: 'select', valueEnum: valueEnumOf(Object.fromEntries(Object.entries(ASSET_STATUS).map(([k, v]) => [k, v.text]))),
      render: (_, a) => <Tag color={ASSET_STATUS[a.status]?.color}>{a.statusLabel}</Tag> },
    { title: '资金来源', dataIndex: 'fundingSource', hideInTable: true, valueType: 'select', valueEnum: valueEnumOf(FUNDING_SOURCES) },
    { title: '资产性质', dataIndex: 'accountingClass', hideInTable: true, valueType: 'select', valueEnum: valueEnumOf(ACCOUNTING_CLASSES) },
    {
      title: '操作', valueType: 'option', width: 132, fixed: mobile ? undefined : 'right', hideInTable: !can('asset', 'update'),
      render: (_, a) => [
        a.abilities.update ? <a key="edit" onClick={() => setForm({ mode: 'edit', asset: a })}>编辑</a> : null,
        a.abilities.changeCustody ? <a key="custody" onClick={() => setCustody(a)}>变更保管</a> : null,
      ],
    },
  ];

  return (
    <PageContainer title="资产台账">
      <ProTable<Asset>
        rowKey="id"
        columns={columns}
        {...table.tableProps}
        formRef={searchForm}
        search={{ labelWidth: 'auto', defaultCollapsed: true, span: { xs: 24, sm: 12, md: 8, lg: 8, xl: 6, xxl: 6 } }}
        scroll={{ x: 1160 }}
        options={{ reload: () => void table.query.refetch(), density: false, setting: true }}
        headerTitle={batchNo ? <Tag closable color="blue" onClose={() => setSearch({}, { replace: true })}>批次 {batchNo}</Tag> : undefined}
        {...(can('asset', 'print') ? { rowSelection: { selectedRowKeys: selected, onChange: (keys: React.Key[]) => setSelected(keys.map(Number)), preserveSelectedRowKeys: true } } : {})}
        tableAlertOptionRender={() => (
          <Space>
            <Button size="small" type="primary" onClick={() => setPrinting(true)}>打印标签（{selected.length}）</Button>
            <Button size="small" onClick={() => setSelected([])}>取消选择</Button>
          </Space>
        )}
        toolBarRender={() => [
          can('asset', 'export') ? <ExportButton key="export" path="/assets/export.xlsx" filters={table.filters} filename="资产台账.xlsx" /> : null,
          <LedgerPdfButton key="ledger-pdf" filters={table.filters} />,
          can('asset', 'import') ? <ImportAssetsButton key="import" /> : null,
          create ? <Button key="batch" onClick={() => setForm({ mode: 'batch', asset: null })}>批量新建</Button> : null,
          create ? <Button key="new" type="primary" icon={<PlusOutlined />} onClick={() => setForm({ mode: 'create', asset: null })}>新建卡片</Button> : null,
        ]}
        locale={{
          emptyText: table.query.isError ? <Empty description={`资产台账加载失败：${table.query.error.message}`} />
            : anyFilter ? <Empty description="没有符合条件的资产：换个关键词或筛选条件试试。" />
            : <Empty description={create
              ? <Space direction="vertical" size={4}><span>还没有资产卡片。</span><Typography.Text type="secondary">已有纸质或 Excel 台账的，用“导入”一次录入；新购的用“新建卡片”，成批的课桌椅、电脑用“批量新建”，编号自动连续。</Typography.Text></Space>
              : '你名下和你保管的房间里还没有登记资产；如有出入请联系总务处。'} />,
        }}
      />
      <AssetDrawer id={detailId} onClose={closeDetail} onEdit={(a) => setForm({ mode: 'edit', asset: a })} onCustody={setCustody} />
      <AssetFormDrawer mode={form?.mode ?? null} asset={form?.asset ? freshCopy(form.asset, table.items) : null} onClose={() => setForm(null)}
        onBatchCreated={setBatch} onCreated={(a) => setDetailId(a.id)} />
      <CustodyModal asset={custody ? freshCopy(custody, table.items) : null} onClose={() => setCustody(null)} />
      {printing ? <PrintLabelsModal open target={{ kind: 'asset', body: { assetIds: selected } }} title={`打印 ${selected.length} 件资产的二维码标签`} onClose={() => setPrinting(false)} /> : null}
      <BatchResultModal result={batch} onClose={() => setBatch(null)} onShow={(no) => { setBatch(null); showBatch(no); }} />
    </PageContainer>
  );
}
