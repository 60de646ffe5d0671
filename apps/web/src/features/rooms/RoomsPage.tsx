import { PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { PageContainer, ProTable, type ProColumns } from '@ant-design/pro-components';
import { Button, Card, Col, Empty, Popconfirm, Row, Space, Tag, Typography } from 'antd';
import { ROOM_TYPE_LABELS } from '@houqin/contracts';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { ExportButton } from '../../components/ExportButton';
import { ImportWizard } from '../../components/ImportWizard';
import { PrintLabelsModal } from '../../components/PrintLabelsModal';
import { useQueryClient } from '@tanstack/react-query';
import { freshCopy } from '../../lib/fresh';
import { t } from '../../lib/i18n';
import { useIsMobile } from '../../lib/use-is-mobile';
import { useSession } from '../../lib/session';
import { useServerTable } from '../../lib/use-server-table';
import { floorLabel, ORG_TREE_KEY, useOrgTree } from '../org/org-api';
import { BatchCreateModal } from './BatchCreateModal';
import { RoomDetailDrawer } from './RoomDetailDrawer';
import { RoomFormDrawer } from './RoomFormDrawer';
import { type Room, ROOMS_KEY, useRoomWrites } from './rooms-api';
import { placementOf, RoomTree, type TreeFilter } from './RoomTree';

function treeFilterFromUrl(params: URLSearchParams): TreeFilter {
  const num = (k: string) => (params.get(k) ? Number(params.get(k)) : undefined);
  return { campusId: num('campusId'), buildingId: num('buildingId'), floor: num('floor') };
}

export function RoomsPage() {
  const mobile = useIsMobile();
  const { can } = useSession();
  const client = useQueryClient();
  const [params, setParams] = useSearchParams();
  const place = treeFilterFromUrl(params);
  const setPlace = (f: TreeFilter) => setParams(Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)])), { replace: true });
  const table = useServerTable<Room>('/rooms', { defaultSort: 'name', fixed: place });
  const tree = useOrgTree();
  const defaults = placementOf(place, tree.data);
  const writes = useRoomWrites();
  const [editing, setEditing] = useState<Room | 'new' | null>(null);
  const [detailId, setDetailId] = useState<number | null>(null);
  const [batchOpen, setBatchOpen] = useState(false);
  const [selected, setSelected] = useState<number[]>([]);
  const [printOpen, setPrintOpen] = useState(false);
  const anyFilter = Object.entries(table.filters).some(([k, v]) => k !== 'sort' && v !== undefined && v !== '');

  const columns: ProColumns<Room>[] = [
    { title: '关键词', dataIndex: 'q', hideInTable: true, fieldProps: { placeholder: '名称或编号' } },
    {
      title: '房间', dataIndex: 'name', key: 'name', sorter: true, hideInSearch: true, fixed: mobile ? undefined : 'left', width: 160,
      render: (_, r) => <Space size={4}><Button type="link" size="small" style={{ padding: 0 }} onClick={() => setDetailId(r.id)}>{r.name}</Button>{r.active ? null : <Tag>停用</Tag>}</Space>,
    },
    { title: '编号', dataIndex: 'code', key: 'code', sorter: true, hideInSearch: true, width: 100 },
    { title: '类型', dataIndex: 'roomType', key: 'roomType', sorter: true, width: 90, valueType: 'select', valueEnum: ROOM_TYPE_LABELS, render: (_, r) => r.roomTypeLabel },
    {
      title: '位置', key: 'place', hideInSearch: true, width: 200,
      render: (_, r) => [r.campusName, r.buildingName].filter(Boolean).join(' · '),
    },
    { title: '楼层', dataIndex: 'floor', key: 'floor', sorter: true, width: 90, valueType: 'digit', render: (_, r) => floorLabel(r.floor) },
    { title: '容纳', dataIndex: 'capacity', key: 'capacity', sorter: true, hideInSearch: true, width: 80 },
    { title: '部门', dataIndex: 'departmentName', hideInSearch: true, width: 110 },
    { title: '管理人', dataIndex: 'keeperName', hideInSearch: true, width: 90 },
    { title: '二维码', dataIndex: 'qrCode', hideInSearch: true, width: 110, render: (_, r) => r.qrCode ? <Typography.Text code>{r.qrCode}</Typography.Text> : <Typography.Text type="secondary">未贴码</Typography.Text> },
    { title: '状态', dataIndex: 'active', hideInTable: true, valueType: 'select', valueEnum: { true: { text: '启用' }, false: { text: '停用' } } },
    {
      title: t('操作'), valueType: 'option', width: 130, fixed: mobile ? undefined : 'right',
      render: (_, r) => [
        r.abilities.update ? <a key="edit" onClick={() => setEditing(r)}>{t('编辑')}</a> : null,
        r.abilities.delete ? (
          <Popconfirm key="del" title={`删除房间「${r.name}」？`} description="已贴的二维码会解除关联；有报修或资产记录的房间请改为停用。"
            okText={t('删除')} cancelText={t('取消')} okButtonProps={{ danger: true }} onConfirm={() => writes.remove.mutate(r)}>
            <a style={{ color: '#ff4d4f' }}>{t('删除')}</a>
          </Popconfirm>
        ) : null,
      ],
    },
  ];

  return (
    <PageContainer title={t('房间')}>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={6} xxl={4}>
          <Card size="small" title="位置" styles={{ body: { maxHeight: 'calc(100vh - 220px)', overflow: 'auto' } }}>
            <RoomTree value={place} onChange={setPlace} />
          </Card>
        </Col>
        <Col xs={24} lg={18} xxl={20}>
          <ProTable<Room>
            rowKey="id"
            columns={columns}
            {...table.tableProps}
            search={{ labelWidth: 'auto', defaultCollapsed: true, span: { xs: 24, sm: 12, md: 8, lg: 8, xl: 8, xxl: 6 } }}
            scroll={{ x: 1150 }}
            options={{ reload: () => { void table.query.refetch(); void client.invalidateQueries({ queryKey: ORG_TREE_KEY }); }, density: false, setting: true }}
            rowSelection={can('room', 'print') ? { selectedRowKeys: selected, onChange: (keys) => setSelected(keys.map(Number)), preserveSelectedRowKeys: true } : undefined}
            tableAlertOptionRender={() => (
              <Space>
                <Button size="small" type="primary" icon={<PrinterOutlined />} onClick={() => setPrintOpen(true)}>{t('打印二维码标签')}</Button>
                <Button size="small" onClick={() => setSelected([])}>取消选择</Button>
              </Space>
            )}
            toolBarRender={() => [
              can('room', 'export') ? <ExportButton key="export" path="/rooms/export.xlsx" filters={table.filters} filename="房间清单.xlsx" /> : null,
              can('room', 'import') ? <ImportWizard key="import" basePath="/rooms" what="房间" onImported={() => void client.invalidateQueries({ queryKey: ROOMS_KEY })} /> : null,
              can('room', 'create') ? <Button key="batch" onClick={() => setBatchOpen(true)}>{t('批量新建')}</Button> : null,
              can('room', 'create') ? <Button key="new" type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>新建房间</Button> : null,
            ]}
            locale={{
              emptyText: table.query.isError ? <Empty description={`房间列表加载失败：${table.query.error.message}`} />
                : anyFilter ? <Empty description="没有符合条件的房间：换个筛选条件，或在左侧选择“全部房间”。" />
                : <Empty description={can('room', 'create') ? '还没有房间：先在“位置”里选择楼宇，再点“新建房间”或“导入”。同一层的多个房间可以用“批量新建”一次建好。' : '还没有房间，请联系总务处录入。'} />,
            }}
          />
        </Col>
      </Row>
      <RoomFormDrawer open={editing !== null} room={freshCopy(editing && editing !== 'new' ? editing : null, table.items)} defaults={defaults} onClose={() => setEditing(null)} />
      <BatchCreateModal open={batchOpen} defaults={defaults} onClose={() => setBatchOpen(false)} />
      <RoomDetailDrawer id={detailId} onClose={() => setDetailId(null)} onEdit={(r) => { setDetailId(null); setEditing(r); }} />
      <PrintLabelsModal open={printOpen} onClose={() => setPrintOpen(false)} target={{ kind: 'qr', body: { roomIds: selected } }} title={`打印 ${selected.length} 个房间的二维码标签`} />
    </PageContainer>
  );
}
