import { DrawerForm, ProFormDigit, ProFormSelect, ProFormSwitch, ProFormText, ProFormTextArea } from '@ant-design/pro-components';
import { Col, Form, Row } from 'antd';
import { ROOM_TYPE_LABELS, ROOM_TYPES } from '@houqin/contracts';
import { UserSelect } from '../../components/RemoteSelect';
import { useSession } from '../../lib/session';
import { floorsOf, useBuildings, useCampuses, useDepartments } from '../org/org-api';
import { type Room, useRoomWrites } from './rooms-api';
import type { TreeFilter } from './RoomTree';

interface Values extends Record<string, unknown> {
  campusId: number; buildingId?: number | null; floor?: number | null; code?: string; name: string; roomType: string;
  capacity?: number | null; areaM2?: number | null; departmentId?: number | null; keeperUserId?: number | null; note?: string; active?: boolean;
}

export const ROOM_TYPE_OPTIONS = ROOM_TYPES.map((k) => ({ value: k, label: ROOM_TYPE_LABELS[k] }));

/** Placement pickers shared by the room form and the batch form: 校区 → 楼宇 → 楼层. */
export function PlacementFields({ required = false }: { required?: boolean }) {
  const form = Form.useFormInstance();
  const campusId = Form.useWatch<number | undefined>('campusId', form);
  const buildingId = Form.useWatch<number | undefined>('buildingId', form);
  const campuses = useCampuses();
  const buildings = useBuildings(campusId);
  const building = buildings.data?.find((b) => b.id === buildingId);
  return (
    <Row gutter={12}>
      <Col xs={24} sm={8}>
        <ProFormSelect name="campusId" label="校区" rules={[{ required: true, message: '请选择校区' }]}
          options={(campuses.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
          fieldProps={{ onChange: () => form.setFieldsValue({ buildingId: undefined, floor: undefined }) }} />
      </Col>
      <Col xs={24} sm={8}>
        <ProFormSelect name="buildingId" label="楼宇" rules={required ? [{ required: true, message: '请选择楼宇' }] : []}
          disabled={!campusId} placeholder={campusId ? '请选择（室外场地可不选）' : '先选校区'}
          options={(buildings.data ?? []).map((b) => ({ value: b.id, label: b.name }))}
          fieldProps={{ onChange: () => form.setFieldsValue({ floor: undefined }) }} />
      </Col>
      <Col xs={24} sm={8}>
        <ProFormSelect name="floor" label="楼层" rules={required ? [{ required: true, message: '请选择楼层' }] : []}
          disabled={!building} placeholder={building ? '请选择' : '先选楼宇'} options={building ? floorsOf(building) : []} />
      </Col>
    </Row>
  );
}

interface DrawerProps { room: Room | null; open: boolean; defaults: TreeFilter; onClose: () => void }

/** Create or edit one room; a newer version of the room (after a 409) remounts with its values. */
export function RoomFormDrawer(props: DrawerProps) {
  const key = props.room ? `r${props.room.id}v${props.room.version}` : `new${JSON.stringify(props.defaults)}`;
  return <RoomFormDrawerBody key={key} {...props} />;
}

function RoomFormDrawerBody({ room, open, defaults, onClose }: DrawerProps) {
  const { can } = useSession();
  const [form] = Form.useForm<Values>();
  const writes = useRoomWrites();
  const departments = useDepartments(open);
  const initial: Partial<Values> = room
    ? {
      campusId: room.campusId, buildingId: room.buildingId, floor: room.floor, code: room.code ?? '', name: room.name, roomType: room.roomType,
      capacity: room.capacity, areaM2: room.areaM2, departmentId: room.departmentId, keeperUserId: room.keeperUserId, note: room.note ?? '', active: room.active,
    }
    : { campusId: defaults.campusId, buildingId: defaults.buildingId, floor: defaults.floor, roomType: 'classroom' };

  const submit = (v: Values) => {
    const common = {
      campusId: v.campusId, name: v.name.trim(), roomType: v.roomType,
    };
    if (room) {
      return writes.update.submit({
        id: room.id,
        body: {
          version: room.version, ...common, buildingId: v.buildingId ?? null, floor: v.floor ?? null, code: v.code?.trim() || null,
          capacity: v.capacity ?? null, areaM2: v.areaM2 ?? null, departmentId: v.departmentId ?? null, keeperUserId: v.keeperUserId ?? null,
          note: v.note?.trim() || null, active: v.active ?? true,
        },
      }, form);
    }
    const optional = Object.fromEntries(Object.entries({
      buildingId: v.buildingId, floor: v.floor, code: v.code?.trim(), capacity: v.capacity, areaM2: v.areaM2,
      departmentId: v.departmentId, keeperUserId: v.keeperUserId, note: v.note?.trim(),
    }).filter(([, value]) => value !== undefined && value !== null && value !== ''));
    return writes.create.submit({ ...common, ...optional }, form);
  };

  return (
    <DrawerForm<Values>
      title={room ? `编辑房间：${room.name}` : '新建房间'}
      open={open}
      form={form}
      name="room"
      width={Math.min(640, window.innerWidth)}
      initialValues={initial}
      drawerProps={{ destroyOnHidden: true, maskClosable: false }}
      onOpenChange={(next) => { if (!next) onClose(); }}
      onFinish={submit}
      submitter={{ searchConfig: { submitText: '保存', resetText: '取消' } }}
    >
      <PlacementFields />
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <ProFormText name="name" label="房间名称" placeholder="例如：301、初一（2）班、物理实验室" rules={[{ required: true, message: '请填写房间名称' }]} fieldProps={{ maxLength: 60 }} />
        </Col>
        <Col xs={24} sm={12}>
          <ProFormText name="code" label="房间编号" placeholder="可选，例如 A-301" fieldProps={{ maxLength: 30 }} />
        </Col>
        <Col xs={24} sm={12}>
          <ProFormSelect name="roomType" label="房间类型" options={ROOM_TYPE_OPTIONS} rules={[{ required: true, message: '请选择房间类型' }]} />
        </Col>
        <Col xs={12} sm={6}>
          <ProFormDigit name="capacity" label="容纳人数" min={0} max={100000} fieldProps={{ precision: 0 }} />
        </Col>
        <Col xs={12} sm={6}>
          <ProFormDigit name="areaM2" label="面积（㎡）" min={0} max={1000000} fieldProps={{ precision: 1 }} />
        </Col>
        <Col xs={24} sm={12}>
          <ProFormSelect name="departmentId" label="所属部门" options={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))} />
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="keeperUserId" label="管理人" tooltip="房间的负责人，资产清点和报修验收时会用到">
            {can('user', 'read') ? <UserSelect currentLabel={room?.keeperName} /> : <UserSelect disabled currentLabel={room?.keeperName} />}
          </Form.Item>
        </Col>
      </Row>
      <ProFormTextArea name="note" label="备注" fieldProps={{ maxLength: 500, rows: 2 }} />
      {room ? <ProFormSwitch name="active" label="启用" tooltip="停用的房间不再出现在报修、领用等选择中，历史记录保留" /> : null}
    </DrawerForm>
  );
}
