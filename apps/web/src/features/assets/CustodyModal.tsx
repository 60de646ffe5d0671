import { ProFormSelect, ProFormTextArea } from '@ant-design/pro-components';
import { Alert, Form } from 'antd';
import { FormModal } from '../../components/FormModal';
import { RoomSelect, UserSelect } from '../../components/RemoteSelect';
import { useSession } from '../../lib/session';
import { useDepartments } from '../org/org-api';
import { type Asset, useAssetWrites } from './assets-api';

interface Values extends Record<string, unknown> { custodianId?: number | null; departmentId?: number | null; roomId?: number | null; reason: string }

/** Only what the person changed, so the timeline lists the real handover and not the fields left as they were. */
function changed(asset: Asset, v: Values): { custodianId?: number | null; departmentId?: number | null; roomId?: number | null } {
  const out: { custodianId?: number | null; departmentId?: number | null; roomId?: number | null } = {};
  for (const key of ['custodianId', 'departmentId', 'roomId'] as const) if ((v[key] ?? null) !== asset[key]) out[key] = v[key] ?? null;
  return out;
}

/** 变更保管: a new 使用人, 使用部门 or 存放地点 (a handover, 条例 第十五条); the reason goes on the card's timeline. */
export function CustodyModal({ asset, onClose }: { asset: Asset | null; onClose: () => void }) {
  const { can } = useSession();
  const departments = useDepartments(asset !== null);
  const { custody } = useAssetWrites();
  return (
    <FormModal<Values>
      title={asset ? `变更保管：${asset.code} ${asset.name}` : '变更保管'}
      open={asset !== null}
      formKey={asset ? `${asset.id}v${asset.version}` : 'none'}
      onClose={onClose}
      width={560}
      initialValues={asset ? { custodianId: asset.custodianId, departmentId: asset.departmentId, roomId: asset.roomId } : {}}
      onSubmit={(v, form) => (asset ? custody.submit({ id: asset.id, body: { version: asset.version, ...changed(asset, v), reason: v.reason.trim() } }, form) : Promise.resolve(false))}
    >
      {asset ? <Alert type="info" showIcon style={{ marginBottom: 16 }} message={`现在：${[asset.custodianName, asset.departmentName, asset.location].filter(Boolean).join(' · ') || '未指定使用人和地点'}`} /> : null}
      <Form.Item name="custodianId" label="使用人">
        <UserSelect disabled={!can('user', 'read')} currentLabel={asset?.custodianName} placeholder="输入姓名或工号搜索；清空表示无使用人" />
      </Form.Item>
      <ProFormSelect name="departmentId" label="使用部门" options={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))} />
      <Form.Item name="roomId" label="存放地点">
        <RoomSelect currentLabel={asset?.roomName} />
      </Form.Item>
      <ProFormTextArea name="reason" label="变更原因" placeholder="例如：张老师调到三年级，电脑随人移交" fieldProps={{ maxLength: 200, rows: 2, showCount: true }}
        rules={[{ required: true, whitespace: true, message: '请填写变更原因，会记在资产履历里' }]} />
    </FormModal>
  );
}
