import { Alert, Button, Card, Form, InputNumber, QRCode, Radio, Select, Skeleton, Space, Switch, Typography } from 'antd';
import { type BoardSettings, useRepairSettings, useSettingsWrite } from './settings-api';

type Values = Omit<BoardSettings, 'abilities' | 'photoRuleLabel' | 'version' | 'publicBoardPath'>;

const UNITS = [{ value: 'minutes', label: '分钟' }, { value: 'days', label: '个工作日' }];

function Target({ path, label, disabled }: { path: string[]; label: string; disabled: boolean }) {
  return (
    <Form.Item label={label} style={{ marginBottom: 12 }}>
      <Space.Compact>
        <Form.Item name={[...path, 'value']} noStyle rules={[{ required: true, message: `请填写${label}` }]}>
          <InputNumber min={1} max={100000} precision={0} style={{ width: 120 }} disabled={disabled} />
        </Form.Item>
        <Form.Item name={[...path, 'unit']} noStyle><Select options={UNITS} style={{ width: 110 }} disabled={disabled} /></Form.Item>
      </Space.Compact>
    </Form.Item>
  );
}

/** SLA targets per urgency and the rules around photos and acceptance; counted in school working time. */
export function SlaSettingsTab() {
  const query = useRepairSettings();
  const s = query.data;
  if (query.isError) return <Alert type="error" showIcon message="报修设置加载失败" description={query.error.message} />;
  if (!s) return <Skeleton active />;
  // Keyed by version: after a save or a 409 refetch a fresh form shows the server's current values.
  return <SettingsForm key={s.version} s={s} />;
}

function SettingsForm({ s }: { s: BoardSettings }) {
  const [form] = Form.useForm<Values>();
  const write = useSettingsWrite();
  const ro = !s.abilities.update;
  return (
    <Form<Values> form={form} layout="horizontal" labelCol={{ flex: '160px' }} initialValues={s} disabled={ro}
      onFinish={(v) => void write.submit({ ...v, version: s.version }, form)}>
      <Space direction="vertical" size="middle" style={{ width: '100%', maxWidth: 760 }}>
        <Card size="small" title="处理时限（按校历工作时间计算，节假日、午休不计）">
          <Typography.Text strong>紧急</Typography.Text>
          <Target path={['slaPolicy', 'urgent', 'respond']} label="响应（接单）时限" disabled={ro} />
          <Target path={['slaPolicy', 'urgent', 'resolve']} label="完工时限" disabled={ro} />
          <Typography.Text strong>一般</Typography.Text>
          <Target path={['slaPolicy', 'normal', 'respond']} label="响应（接单）时限" disabled={ro} />
          <Target path={['slaPolicy', 'normal', 'resolve']} label="完工时限" disabled={ro} />
          <Typography.Text strong>预约</Typography.Text>
          <Target path={['slaPolicy', 'scheduled', 'respond']} label="响应（接单）时限" disabled={ro} />
          <Typography.Text type="secondary">预约报修的完工时限就是报修人选的预约时间。</Typography.Text>
        </Card>
        <Card size="small" title="照片与验收">
          <Form.Item name="photoRule" label="报修须拍照">
            <Radio.Group options={[{ value: 'always', label: '总是需要' }, { value: 'except_urgent', label: '紧急报修可不拍' }, { value: 'never', label: '不要求' }]} />
          </Form.Item>
          <Form.Item name="completionPhotoRequired" label="完工须拍照" valuePropName="checked"><Switch /></Form.Item>
          <Form.Item name="autoConfirmDays" label="自动验收" extra="维修工完工后，报修人超过这么多天未验收，系统自动验收。" rules={[{ required: true, message: '请填写自动验收天数' }]}>
            <InputNumber min={1} max={60} precision={0} addonAfter="天" />
          </Form.Item>
          <Form.Item name="autoConvert" label="报修自动转工单" valuePropName="checked" extra="开启后新报修直接生成工单并按派单规则派出，不需要人工受理。"><Switch /></Form.Item>
          <Form.Item name="repeatWindowDays" label="重复故障判定" extra="同一房间同一分类在这么多天内再次报修，标记为“重复”。" rules={[{ required: true, message: '请填写天数' }]}>
            <InputNumber min={1} max={365} precision={0} addonAfter="天" />
          </Form.Item>
        </Card>
        <Card size="small" title="报修公示">
          <Form.Item name="publicBoard" label="公开报修公示" valuePropName="checked"
            extra="开启后，任何人无需登录即可查看本校最近 50 条报修的日期、楼宇房间、分类、进度和完工日期，以及近 6 个月的按时完工率。报修人姓名打码（如 张*），不显示故障描述和手填的地点，因为其中可能有人名或电话。">
            <Switch />
          </Form.Item>
          {s.publicBoard ? <BoardLink path={s.publicBoardPath} /> : null}
        </Card>
        {ro ? <Typography.Text type="secondary">你只能查看这些设置，修改请联系后勤主任。</Typography.Text>
          : <Button type="primary" htmlType="submit" loading={write.isPending}>保存设置</Button>}
      </Space>
    </Form>
  );
}

/** Where the board lives: a link to open or copy for the school website, and a QR code to print for the notice board. */
function BoardLink({ path }: { path: string }) {
  const url = `${window.location.origin}${path}`;
  return (
    <Space align="start" size="large" wrap data-board-link>
      <QRCode value={url} size={128} bordered={false} />
      <Space direction="vertical" size={4}>
        <Typography.Text>公示页地址（手机、电脑、走廊电视均可打开）：</Typography.Text>
        <Typography.Link href={path} target="_blank" copyable={{ text: url }}>{url}</Typography.Link>
        <Typography.Text type="secondary">可贴到学校网站，或把左边的二维码打印张贴在公告栏。</Typography.Text>
      </Space>
    </Space>
  );
}
