import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, Form, InputNumber, Radio, Space, Switch } from 'antd';
import { fenOf, yuanOf } from '../../lib/money';
import { APPROVAL_OPTIONS, type DisposalSettings, useDisposalSettings, useSaveDisposalSettings } from './disposals-api';

interface Values {
  tiers: { minYuan: number; approvals: string[] }[];
  landBuildingTopTier: boolean;
  appraisalConditions: string[];
  ratios: Record<string, number>;
  minimumYuan: number;
  rounding: 'yuan' | 'fen';
}

const toValues = (s: DisposalSettings): Values => ({
  tiers: s.tiers.map((t) => ({ minYuan: yuanOf(t.minFen), approvals: t.approvals })),
  landBuildingTopTier: s.landBuildingTopTier,
  appraisalConditions: s.appraisalConditions,
  ratios: Object.fromEntries(s.compensation.ratios.map((r) => [r.cause, r.pct])),
  minimumYuan: yuanOf(s.compensation.minimumFen),
  rounding: s.compensation.rounding === 'fen' ? 'fen' : 'yuan',
});

/** 审批档次 by total original value (the §2.7 example is only a default), the appraisal rule, and 损坏赔偿 ratios. */
export function DisposalSettingsTab() {
  const settings = useDisposalSettings();
  const save = useSaveDisposalSettings();
  const [form] = Form.useForm<Values>();
  const s = settings.data;
  if (settings.isError) return <Alert type="error" showIcon message="设置加载失败" description={settings.error.message} />;
  if (!s) return <Card loading />;
  const editable = s.abilities.update;
  const finish = (v: Values) => void save.submit({
    version: s.version,
    tiers: v.tiers.map((t) => ({ minFen: fenOf(t.minYuan ?? 0), approvals: t.approvals })),
    landBuildingTopTier: v.landBuildingTopTier, appraisalConditions: v.appraisalConditions,
    compensation: { ratios: s.compensation.ratios.map((r) => ({ cause: r.cause, pct: v.ratios[r.cause] ?? 0 })), minimumFen: fenOf(v.minimumYuan ?? 0), rounding: v.rounding },
  }, form);
  return (
    <Form form={form} layout="vertical" initialValues={toValues(s)} key={s.version} onFinish={finish} disabled={!editable}>
      <Card title="报废审批档次（按申请资产的原值合计）" size="small" style={{ marginBottom: 16 }}
        extra="资产管理员审核、集体决策两步始终需要">
        <Form.List name="tiers">
          {(fields, { add, remove }) => (
            <Space direction="vertical" style={{ width: '100%' }}>
              {fields.map((f) => (
                <Space key={f.key} align="baseline" wrap>
                  <Form.Item name={[f.name, 'minYuan']} label="原值合计不低于（元）" rules={[{ required: true, message: '请填写金额' }]}><InputNumber min={0} precision={2} style={{ width: 160 }} /></Form.Item>
                  <Form.Item name={[f.name, 'approvals']} label="需要的审批" rules={[{ required: true, message: '至少选一个审批环节' }]}><Checkbox.Group options={APPROVAL_OPTIONS} /></Form.Item>
                  {fields.length > 1 ? <MinusCircleOutlined onClick={() => remove(f.name)} aria-label="删除档次" /> : null}
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ minYuan: 0, approvals: ['principal'] })}>增加档次</Button>
            </Space>
          )}
        </Form.List>
        <Form.Item name="landBuildingTopTier" label="房屋、土地及构筑物一律按最高档审批" valuePropName="checked"><Switch /></Form.Item>
        <Form.Item name="appraisalConditions" label="需要技术鉴定意见的情形">
          <Checkbox.Group options={s.conditions.map((c) => ({ value: c.key, label: c.label }))} style={{ display: 'flex', flexDirection: 'column' }} />
        </Form.Item>
      </Card>
      <Card title="损坏赔偿比例（赔偿建议 = 资产净值或维修费用 × 比例）" size="small" style={{ marginBottom: 16 }}>
        <Space wrap>
          {s.compensation.ratios.map((r) => (
            <Form.Item key={r.cause} name={['ratios', r.cause]} label={`${r.label}（%）`}><InputNumber min={0} max={100} precision={0} style={{ width: 100 }} /></Form.Item>
          ))}
          <Form.Item name="minimumYuan" label="最低赔偿金额（元）"><InputNumber min={0} precision={2} style={{ width: 140 }} /></Form.Item>
          <Form.Item name="rounding" label="取整"><Radio.Group options={[{ value: 'yuan', label: '取整到元' }, { value: 'fen', label: '精确到分' }]} /></Form.Item>
        </Space>
      </Card>
      {editable ? <Button type="primary" htmlType="submit" loading={save.isPending}>保存设置</Button> : <Alert type="info" showIcon message="只有总务主任、系统管理员或财务可以修改这些设置" />}
    </Form>
  );
}
