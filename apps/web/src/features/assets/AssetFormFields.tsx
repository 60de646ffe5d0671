import { ProFormDatePicker, ProFormDigit, ProFormSelect, ProFormText, ProFormTextArea } from '@ant-design/pro-components';
import { Alert, Col, Divider, Form, Row } from 'antd';
import type { ReactNode } from 'react';
import { RoomSelect, UserSelect } from '../../components/RemoteSelect';
import { useSession } from '../../lib/session';
import { useDepartments } from '../org/org-api';
import type { Asset } from './assets-api';
import { ACCOUNTING_CLASSES, ACQUISITION_METHODS, ASSET_STATUS, EDITABLE_STATUSES, FUNDING_SOURCES, optionsOf, PROCUREMENT_FORMS, USAGES, VALUE_TYPES } from './asset-options';
import { CategoryPicker } from './CategoryPicker';

export type FormMode = 'create' | 'batch' | 'edit';

const half = { xs: 24, sm: 12 };
const third = { xs: 24, sm: 8 };
const quarter = { xs: 12, sm: 6 };
const Section = ({ title }: { title: string }) => <Divider orientation="left" orientationMargin={0} style={{ marginTop: 4 }}>{title}</Divider>;

function Cell({ span = half, children }: { span?: typeof half; children: ReactNode }) {
  return <Col {...span}>{children}</Col>;
}

/**
 * §2.5 基本信息 and 价值与折旧; value fields are read-only once depreciation is booked. Money fields keep
 * the server's names (…Fen) so its field errors land in place, but hold 元 until submit converts them.
 */
export function CardFields({ mode, locked }: { mode: FormMode; locked: boolean }) {
  return (
    <>
      <Section title="基本信息" />
      <Row gutter={12}>
        <Cell><ProFormText name="name" label="资产名称" rules={[{ required: true, message: '请填写资产名称' }]} fieldProps={{ maxLength: 100 }} /></Cell>
        <Cell>
          <Form.Item name="categoryId" label="资产分类" rules={[{ required: true, message: '请选择资产分类' }]} tooltip="按 GB/T 14885 分类；决定默认折旧年限和编号中的分类码">
            <CategoryPicker activeOnly disabled={locked} />
          </Form.Item>
        </Cell>
        {mode === 'create' ? (
          <Cell><ProFormText name="code" label="资产编号" placeholder="留空自动编号" tooltip="录入旧台账时可填原编号；留空按“校产设置”的编号规则生成" fieldProps={{ maxLength: 40 }} /></Cell>
        ) : null}
        {mode === 'batch' ? (
          <Cell><ProFormDigit name="count" label="卡片张数" min={1} max={500} fieldProps={{ precision: 0 }} rules={[{ required: true, message: '请填写张数' }]}
            tooltip="建出相同的卡片，编号连续；同一批次可在台账中按批次找回" /></Cell>
        ) : null}
        <Cell><ProFormText name="specModel" label="规格型号" fieldProps={{ maxLength: 100 }} /></Cell>
        <Cell><ProFormText name="brand" label="品牌" fieldProps={{ maxLength: 60 }} /></Cell>
        <Cell><ProFormText name="manufacturer" label="生产厂家" fieldProps={{ maxLength: 100 }} /></Cell>
        {mode !== 'batch' ? <Cell><ProFormText name="serialNo" label="出厂编号" fieldProps={{ maxLength: 60 }} /></Cell> : null}
        <Cell span={quarter}><ProFormText name="unit" label="计量单位" placeholder="台、套、册" fieldProps={{ maxLength: 10 }} /></Cell>
        <Cell span={quarter}><ProFormDigit name="quantity" label="数量" min={1} max={1_000_000} fieldProps={{ precision: 0 }} disabled={locked} tooltip="一张卡片登记的件数，如一批图书的册数" /></Cell>
        <Cell><ProFormDigit name="areaM2" label="面积（㎡）" min={0} max={10_000_000} fieldProps={{ precision: 2 }} /></Cell>
        <Cell><ProFormSelect name="usage" label="使用方向" options={optionsOf(USAGES)} /></Cell>
        <Cell><ProFormText name="titleCertNo" label="权属证号" placeholder="土地、房屋填写" fieldProps={{ maxLength: 60 }} /></Cell>
      </Row>

      <Section title="价值与折旧" />
      {locked ? <Alert type="info" showIcon style={{ marginBottom: 12 }} message="已计提折旧，分类、原值、数量、日期、折旧年限和资产性质不能直接修改"
        description="折旧已按这些数字入账；要更正请走资产调整，以免账、卡不一致。" /> : null}
      <Row gutter={12}>
        <Cell span={third}><ProFormDigit name="originalValueFen" label="原值（元）" min={0} max={100_000_000_000} fieldProps={{ precision: 2 }} disabled={locked}
          rules={[{ required: true, message: '请填写原值' }]} tooltip={mode === 'batch' ? '每张卡片的原值' : '整张卡片的原值（数量大于 1 时为合计）'} /></Cell>
        <Cell span={third}><ProFormSelect name="valueType" label="价值类型" options={optionsOf(VALUE_TYPES)} disabled={locked} allowClear={false} /></Cell>
        <Cell span={third}><ProFormSelect name="accountingClass" label="资产性质" options={optionsOf(ACCOUNTING_CLASSES)} disabled={locked}
          placeholder="按入账标准自动判定" tooltip="单价低于入账标准的记为低值耐用品；成批购置的同类物品（如课桌椅）可选“固定资产”" /></Cell>
        <Cell><ProFormDigit name="lifeMonths" label="折旧年限（月）" min={1} max={1200} fieldProps={{ precision: 0 }} disabled={locked}
          placeholder="留空用分类的默认年限" tooltip="财会〔2017〕4号规定的是最低年限，可以更长" /></Cell>
        {mode === 'create' ? (
          <>
            <Cell span={quarter}><ProFormDigit name="openingDepMonths" label="已提折旧月数" min={0} max={1200} fieldProps={{ precision: 0 }} tooltip="从旧台账迁入时填写，新购资产留空" /></Cell>
            <Cell span={quarter}><ProFormDigit name="openingAccumulatedFen" label="已提累计折旧（元）" min={0} fieldProps={{ precision: 2 }} /></Cell>
          </>
        ) : null}
      </Row>
    </>
  );
}

/** 使用与保管: on an existing card who and where change only through 变更保管 (with a reason on the timeline). */
export function CustodyFields({ mode, asset }: { mode: FormMode; asset: Asset | null }) {
  const { can } = useSession();
  const departments = useDepartments();
  const departmentOptions = (departments.data ?? []).map((d) => ({ value: d.id, label: d.name }));
  const viaCustody = mode === 'edit';
  const hint = viaCustody ? '通过“变更保管”修改，履历会记下原因' : undefined;
  return (
    <>
      <Section title="使用与保管" />
      <Row gutter={12}>
        <Cell><ProFormSelect name="departmentId" label="使用部门" options={departmentOptions} disabled={viaCustody} tooltip={hint} /></Cell>
        <Cell>
          <Form.Item name="custodianId" label="使用人" tooltip={hint}>
            <UserSelect disabled={viaCustody || !can('user', 'read')} currentLabel={asset?.custodianName} />
          </Form.Item>
        </Cell>
        <Cell>
          <Form.Item name="roomId" label="存放地点" tooltip={hint}>
            <RoomSelect disabled={viaCustody} currentLabel={asset?.roomName} />
          </Form.Item>
        </Cell>
        <Cell><ProFormText name="locationText" label="位置说明" placeholder="如：讲台左侧、室外东侧" fieldProps={{ maxLength: 100 }} /></Cell>
        <Cell><ProFormSelect name="managerDepartmentId" label="管理部门" options={departmentOptions} /></Cell>
        {mode === 'edit' && asset ? (
          <Cell><ProFormSelect name="status" label="使用状况" allowClear={false} disabled={!EDITABLE_STATUSES.includes(asset.status)}
            options={EDITABLE_STATUSES.map((s) => ({ value: s, label: ASSET_STATUS[s]?.text ?? s }))}
            tooltip={EDITABLE_STATUSES.includes(asset.status) ? undefined : '出借、维修、处置中的资产由相应流程改变状态'} /></Cell>
        ) : null}
      </Row>
    </>
  );
}

/** 采购与保修: how and when it came, and who to call while under warranty. */
export function PurchaseFields({ locked }: { locked: boolean }) {
  return (
    <>
      <Section title="采购与保修" />
      <Row gutter={12}>
        <Cell span={third}><ProFormSelect name="acquisitionMethod" label="取得方式" options={optionsOf(ACQUISITION_METHODS)} allowClear={false} rules={[{ required: true, message: '请选择取得方式' }]} /></Cell>
        <Cell span={third}><ProFormDatePicker name="acquiredOn" label="取得日期" width="100%" disabled={locked} rules={[{ required: true, message: '请选择取得日期' }]} /></Cell>
        <Cell span={third}><ProFormDatePicker name="accountedOn" label="财务入账日期" width="100%" disabled={locked} tooltip="从这个月开始计提折旧；留空按取得日期" /></Cell>
        <Cell span={third}><ProFormText name="voucherNo" label="会计凭证号" fieldProps={{ maxLength: 40 }} /></Cell>
        <Cell span={third}><ProFormSelect name="fundingSource" label="资金来源" options={optionsOf(FUNDING_SOURCES)} /></Cell>
        <Cell span={third}><ProFormSelect name="procurementForm" label="采购组织形式" options={optionsOf(PROCUREMENT_FORMS)} /></Cell>
        <Cell><ProFormText name="supplier" label="供应商" fieldProps={{ maxLength: 100 }} /></Cell>
        <Cell><ProFormDatePicker name="warrantyUntil" label="保修截止日期" width="100%" /></Cell>
      </Row>
      <ProFormTextArea name="note" label="备注" fieldProps={{ maxLength: 500, rows: 2 }} />
    </>
  );
}
