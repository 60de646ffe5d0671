import { Descriptions, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Asset } from './assets-api';
import { money } from '../../lib/money';
import { lifeText } from './life-text';

const dash = <Typography.Text type="secondary">—</Typography.Text>;
const or = (v: ReactNode) => (v === null || v === undefined || v === '' ? dash : v);

function Group({ title, children }: { title: string; children: ReactNode }) {
  return <Descriptions title={title} size="small" bordered column={{ xs: 1, sm: 2 }} style={{ marginBottom: 16 }} styles={{ label: { whiteSpace: 'nowrap' } }}>{children}</Descriptions>;
}

/** Every §2.5 field of a card in the four groups the storekeeper's paper card uses. */
export function CardDescriptions({ a }: { a: Asset }) {
  const D = Descriptions.Item;
  return (
    <>
      <Group title="基本信息">
        <D label="资产编号"><Typography.Text copyable>{a.code}</Typography.Text></D>
        <D label="资产名称">{a.name}</D>
        <D label="资产分类">{a.categoryCode} {a.categoryName}</D>
        <D label="规格型号">{or(a.specModel)}</D>
        <D label="品牌">{or(a.brand)}</D>
        <D label="生产厂家">{or(a.manufacturer)}</D>
        <D label="出厂编号">{or(a.serialNo)}</D>
        <D label="数量">{a.quantity}{a.unit ? ` ${a.unit}` : ''}</D>
        {a.areaM2 !== null ? <D label="面积">{a.areaM2} ㎡</D> : null}
        <D label="使用方向">{or(a.usageLabel)}</D>
        {a.titleCertNo ? <D label="权属证号">{a.titleCertNo}</D> : null}
        {a.batchNo ? <D label="批次">{a.batchNo}</D> : null}
      </Group>
      <Group title="价值与折旧">
        <D label="资产性质">{a.accountingClassLabel}</D>
        <D label="价值类型">{a.valueTypeLabel}</D>
        <D label="原值"><Typography.Text strong>{money(a.originalValueFen)}</Typography.Text></D>
        <D label="折旧方法">{a.depreciationMethodLabel}</D>
        <D label="折旧年限">{a.depreciationMethod === 'none' ? dash : `${lifeText(a.lifeMonths)}（${a.lifeMonths} 个月）`}</D>
        <D label="开始计提">{or(a.depStartMonth)}</D>
        <D label="已提月数">{a.depreciatedMonths} 个月</D>
        <D label="累计折旧">{money(a.accumulatedDepreciationFen)}</D>
        <D label="净值"><Typography.Text strong>{money(a.netValueFen)}</Typography.Text></D>
      </Group>
      <Group title="使用与保管">
        <D label="使用状况">{a.statusLabel}</D>
        <D label="使用部门">{or(a.departmentName)}</D>
        <D label="使用人">{a.custodianId ? <Space size={4}>{a.custodianName}<Link to={`/assets/holders/user/${a.custodianId}`}>责任清单</Link></Space> : dash}</D>
        <D label="管理部门">{or(a.managerDepartmentName)}</D>
        <D label="存放地点" span={2}>{a.roomId ? <Space size={4} wrap>{a.location}<Link to={`/assets/holders/room/${a.roomId}`}>房间责任清单</Link></Space> : or(a.location)}</D>
      </Group>
      <Group title="采购与保修">
        <D label="取得方式">{a.acquisitionMethodLabel}</D>
        <D label="取得日期">{a.acquiredOn}</D>
        <D label="财务入账日期">{or(a.accountedOn)}</D>
        <D label="会计凭证号">{or(a.voucherNo)}</D>
        <D label="资金来源">{or(a.fundingSourceLabel)}</D>
        <D label="采购组织形式">{or(a.procurementFormLabel)}</D>
        <D label="供应商">{or(a.supplier)}</D>
        <D label="保修截止">{or(a.warrantyUntil)}</D>
        <D label="备注" span={2}>{or(a.note)}</D>
      </Group>
    </>
  );
}
