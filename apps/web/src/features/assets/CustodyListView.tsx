import { PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Empty, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { download } from '../../lib/api';
import { showServerErrors } from '../../lib/form-errors';
import { useSession } from '../../lib/session';
import { useIsMobile } from '../../lib/use-is-mobile';
import { type Asset, type HolderType, useCustodyList } from './assets-api';
import { ASSET_STATUS } from './asset-options';
import { money } from '../../lib/money';

function PrintButton({ type, id, name }: { type: HolderType; id: number; name: string }) {
  const mobile = useIsMobile();
  const [busy, setBusy] = useState(false);
  const print = async () => {
    setBusy(true);
    try {
      await download(`/${type === 'room' ? 'rooms' : 'users'}/${id}/assets.pdf`, `财产责任清单-${name}.pdf`);
    } catch (err) {
      showServerErrors(err);
    } finally {
      setBusy(false);
    }
  };
  return <Button type="primary" icon={<PrinterOutlined />} loading={busy} onClick={() => void print()}>{mobile ? '打印' : '打印责任清单（PDF）'}</Button>;
}

/** 财产责任清单 of one room or person: what they answer for, the total, and the PDF to sign at a handover. */
export function CustodyListView({ type, id }: { type: HolderType; id: number }) {
  const { can } = useSession();
  const query = useCustodyList(type, id);
  const list = query.data;
  if (query.isError) return <Alert type="error" showIcon message="责任清单加载失败" description={query.error.message} />;
  return (
    <Card loading={query.isLoading} title={list ? `${list.holder.name}${list.holder.detail ? `（${list.holder.detail}）` : ''}` : '责任清单'}
      extra={list && can('asset', 'print') ? <PrintButton type={type} id={id} name={list.holder.name} /> : null}>
      {list ? (
        <>
          <Descriptions size="small" column={{ xs: 1, sm: 3 }} style={{ marginBottom: 12 }}>
            <Descriptions.Item label={type === 'room' ? '存放地点' : '使用人'}>{list.holder.name}</Descriptions.Item>
            <Descriptions.Item label="资产">{list.count} 张卡片</Descriptions.Item>
            <Descriptions.Item label="原值合计">{money(list.totalValueFen)}</Descriptions.Item>
          </Descriptions>
          <Table<Asset>
            rowKey="id" size="small" dataSource={list.items} pagination={list.items.length > 50 ? { pageSize: 50 } : false} scroll={{ x: 900 }}
            locale={{ emptyText: <Empty description={type === 'room' ? '这个房间还没有登记资产。建卡或“变更保管”时选这个房间作存放地点，就会出现在这里。' : '名下还没有登记资产。资产管理员建卡或“变更保管”时把你设为使用人，就会出现在这里。'} /> }}
            columns={[
              { title: '资产编号', dataIndex: 'code', width: 150, render: (_, a) => <Link to={`/assets/card/${a.id}`}>{a.code}</Link> },
              { title: '名称', dataIndex: 'name', width: 180 },
              { title: '规格型号', key: 'model', width: 150, render: (_, a) => [a.brand, a.specModel].filter(Boolean).join(' ') || '—' },
              type === 'room'
                ? { title: '使用人', key: 'custodian', width: 100, render: (_, a) => a.custodianName ?? '—' }
                : { title: '存放地点', key: 'location', width: 200, render: (_, a) => a.location || '—' },
              { title: '数量', key: 'quantity', width: 80, render: (_, a) => `${a.quantity} ${a.unit ?? ''}` },
              { title: '原值', key: 'value', width: 120, align: 'right', render: (_, a) => money(a.originalValueFen) },
              { title: '状态', key: 'status', width: 90, render: (_, a) => <Tag color={ASSET_STATUS[a.status]?.color}>{a.statusLabel}</Tag> },
            ]}
          />
        </>
      ) : null}
    </Card>
  );
}
