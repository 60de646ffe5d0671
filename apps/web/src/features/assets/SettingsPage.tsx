import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { Alert, Button, Card, DatePicker, Form, Input, InputNumber, Radio, Select, Skeleton, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useSession } from '../../lib/session';
import { type AssetSettings, useAssetCategories, useAssetSettings, useSettingsWrite } from './assets-api';
import { DEPRECIATION_STARTS, optionsOf } from './asset-options';
import { fenOf, yuanOf } from '../../lib/money';
import { previewNumber } from './numbering-preview';

interface ThresholdRow { categoryCode: string; effectiveFrom: string; amountYuan: number }
interface Values { numberingPattern: string; depreciationStart: string; thresholds: ThresholdRow[] }

/** The example card the live preview numbers: a computer bought today. */
const EXAMPLE_CATEGORY = '2010000';

function PatternExample() {
  const pattern = Form.useWatch<string | undefined>('numberingPattern') ?? '';
  const { example, problem } = previewNumber(pattern, dayjs().format('YYYY-MM-DD'), EXAMPLE_CATEGORY);
  return problem
    ? <Typography.Text type="danger">{problem}</Typography.Text>
    : <Typography.Text>今天购入一台计算机（分类 {EXAMPLE_CATEGORY}）的第一张卡片编号：<Typography.Text strong code>{example}</Typography.Text></Typography.Text>;
}

/** 校产设置: numbering, when depreciation starts, and the 入账标准 by category and effective date. */
export function SettingsPage() {
  const query = useAssetSettings();
  return (
    <PageContainer title="校产设置">
      {query.isError ? <Alert type="error" showIcon message="校产设置加载失败" description={query.error.message} /> : null}
      {/* Keyed by version: after a save or a 409 refetch the form shows the server's current values. */}
      {query.data ? <SettingsForm key={query.data.version} s={query.data} /> : query.isError ? null : <Skeleton active />}
    </PageContainer>
  );
}

function SettingsForm({ s }: { s: AssetSettings }) {
  const { can } = useSession();
  const [form] = Form.useForm<Values>();
  const write = useSettingsWrite();
  const categories = useAssetCategories();
  const ro = !can('asset_settings', 'update');
  const categoryOptions = [{ value: '', label: '全部分类' }, ...(categories.data ?? []).filter((c) => c.level <= 2).map((c) => ({ value: c.code, label: `${c.code} ${c.name}` }))];
  const initial: Values = {
    numberingPattern: s.numberingPattern, depreciationStart: s.depreciationStart,
    thresholds: s.thresholds.map((t) => ({ categoryCode: t.categoryCode ?? '', effectiveFrom: t.effectiveFrom, amountYuan: yuanOf(t.amountFen) })),
  };
  const submit = (v: Values) => void write.submit({
    version: s.version, numberingPattern: v.numberingPattern.trim(), depreciationStart: v.depreciationStart,
    thresholds: v.thresholds.map((t) => ({ categoryCode: t.categoryCode || null, effectiveFrom: t.effectiveFrom, amountFen: fenOf(t.amountYuan) })),
  }, form);

  return (
    <Form<Values> form={form} layout="vertical" initialValues={initial} disabled={ro} onFinish={submit} style={{ maxWidth: 820 }}>
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        {ro ? <Alert type="info" showIcon message="你可以查看校产设置；修改需要后勤主任或系统管理员。" /> : null}
        <Card size="small" title="资产编号规则">
          <Form.Item name="numberingPattern" label="编号规则" rules={[{ required: true, whitespace: true, message: '请填写编号规则' }]}
            extra="{YYYY} 取得年份，{YY} 年份后两位，{MM} 月份，{CAT} 分类编码（{CAT:3} 取前 3 位），{SEQ:4} 4 位流水号（必须有且只有一个）。流水号按年份、分类等前缀各自从 1 开始。">
            <Input maxLength={60} style={{ maxWidth: 360 }} />
          </Form.Item>
          <PatternExample />
          <div><Typography.Text type="secondary">当前规则下的示例：{s.numberingExample}</Typography.Text></div>
        </Card>
        <Card size="small" title="折旧">
          <Form.Item name="depreciationStart" label="开始计提的月份" extra="政府会计准则：当月增加的固定资产当月开始计提（不同于企业会计的次月）。只有本地另有规定时才改为次月。">
            <Radio.Group options={optionsOf(DEPRECIATION_STARTS)} />
          </Form.Item>
          <Typography.Text type="secondary">方法：年限平均法，不留残值，按月计提。</Typography.Text>
        </Card>
        <Card size="small" title="入账标准">
          <Typography.Paragraph type="secondary">单价达到标准的记为固定资产，低于的记为低值耐用品；按取得日期适用当时有效的标准。《事业单位财务规则》（财政部令第108号，2022-03-01 起）为 1000 元；此前专用设备为 1500 元。某个分类的标准优先于“全部分类”。</Typography.Paragraph>
          <Form.List name="thresholds">
            {(fields, { add, remove }) => (
              <Space direction="vertical" style={{ width: '100%' }}>
                {fields.map((field) => (
                  <Space key={field.key} wrap align="start">
                    <Form.Item name={[field.name, 'categoryCode']} style={{ marginBottom: 0 }}>
                      <Select showSearch optionFilterProp="label" options={categoryOptions} style={{ width: 260 }} aria-label="适用分类" />
                    </Form.Item>
                    <Form.Item name={[field.name, 'effectiveFrom']} style={{ marginBottom: 0 }} rules={[{ required: true, message: '请选择生效日期' }]}
                      getValueProps={(v: string | undefined) => ({ value: v ? dayjs(v) : null })} normalize={(d: Dayjs | null) => d?.format('YYYY-MM-DD')}>
                      <DatePicker placeholder="生效日期" />
                    </Form.Item>
                    <Form.Item name={[field.name, 'amountYuan']} style={{ marginBottom: 0 }} rules={[{ required: true, message: '请填写金额' }]}>
                      <InputNumber min={0} max={1_000_000_000} precision={2} addonAfter="元" style={{ width: 180 }} />
                    </Form.Item>
                    <Button icon={<DeleteOutlined />} aria-label="删除这一行" disabled={ro || fields.length <= 1} onClick={() => remove(field.name)} />
                  </Space>
                ))}
                <Button icon={<PlusOutlined />} onClick={() => add({ categoryCode: '', effectiveFrom: dayjs().format('YYYY-MM-DD'), amountYuan: 1000 })}>新增一条标准</Button>
              </Space>
            )}
          </Form.List>
        </Card>
        {ro ? null : <Button type="primary" htmlType="submit" loading={write.isPending}>保存</Button>}
      </Space>
    </Form>
  );
}
