import { ProFormSelect, ProFormTextArea } from '@ant-design/pro-components';
import { Form, Space, Tag, Typography } from 'antd';
import { FormModal } from '../../components/FormModal';
import { expandRoomNames } from './expand-names';
import { ROOM_TYPE_OPTIONS, PlacementFields } from './RoomFormDrawer';
import { useRoomWrites } from './rooms-api';
import type { TreeFilter } from './RoomTree';

interface Values extends Record<string, unknown> { campusId: number; buildingId: number; floor: number; roomType: string; names: string }

function Preview() {
  const text = Form.useWatch<string | undefined>('names') ?? '';
  let names: string[] = [];
  try {
    names = expandRoomNames(text);
  } catch {
    return null;
  }
  if (names.length === 0) return null;
  return (
    <div style={{ marginTop: -8, marginBottom: 16 }}>
      <Typography.Text type="secondary">将新建 {names.length} 间：</Typography.Text>
      <Space wrap size={[4, 4]} style={{ marginTop: 4 }}>
        {names.slice(0, 60).map((n) => <Tag key={n}>{n}</Tag>)}
        {names.length > 60 ? <Typography.Text type="secondary">… 等 {names.length} 间</Typography.Text> : null}
      </Space>
    </div>
  );
}

/** 批量新建: one floor at a time, names like "101-110" expanded here and sent as names[]. */
export function BatchCreateModal({ open, defaults, onClose }: { open: boolean; defaults: TreeFilter; onClose: () => void }) {
  const { batch } = useRoomWrites();
  return (
    <FormModal<Values>
      title="批量新建房间"
      open={open}
      width={640}
      formKey={`batch${JSON.stringify(defaults)}`}
      onClose={onClose}
      initialValues={{ campusId: defaults.campusId, buildingId: defaults.buildingId, floor: defaults.floor, roomType: 'classroom' }}
      onSubmit={(v, form) => batch.submit({
        campusId: v.campusId, buildingId: v.buildingId, floor: v.floor, roomType: v.roomType, names: expandRoomNames(v.names),
      }, form)}
    >
      <PlacementFields required />
      <ProFormSelect name="roomType" label="房间类型" options={ROOM_TYPE_OPTIONS} rules={[{ required: true, message: '请选择房间类型' }]} />
      <ProFormTextArea
        name="names"
        label="房间名称"
        placeholder="例如：101-110, 112, 多媒体教室"
        extra="用逗号、顿号或换行分隔；“101-110”会展开成 101 到 110 共 10 间。一次最多 200 间。"
        fieldProps={{ rows: 3 }}
        rules={[
          { required: true, message: '请填写房间名称' },
          { validator: (_: unknown, value: string | undefined) => {
            try {
              expandRoomNames(value ?? '');
              return Promise.resolve();
            } catch (err) {
              return Promise.reject(err instanceof Error ? err : new Error(String(err)));
            }
          } },
        ]}
      />
      <Preview />
    </FormModal>
  );
}
