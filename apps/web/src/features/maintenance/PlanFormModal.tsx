import { ROOM_TYPES, ROOM_TYPE_LABELS } from '@houqin/contracts';
import { useQuery } from '@tanstack/react-query';
import { DatePicker, Form, Input, InputNumber, Radio, Select, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { FormModal } from '../../components/FormModal';
import { RoomSelect } from '../../components/RemoteSelect';
import { get, itemsOf } from '../../lib/api';
import { showServerErrors } from '../../lib/form-errors';
import { CategoryPicker } from '../assets/CategoryPicker';
import { useCategories, useTechnicians } from '../repairs/repairs-api';
import { AssetTargetSelect } from './AssetTargetSelect';
import { HOLIDAY_POLICY_OPTIONS, type Plan, type Schedule, usePlanWrites } from './maintenance-api';
import { PreviewList } from './PreviewList';
import { ScheduleFields } from './ScheduleFields';

type Values = Record<string, unknown> & { schedule?: Schedule; startDate?: string; endDate?: string | null; holidayPolicy?: string; leadDays?: number };

const dateProps = {
  getValueProps: (v: string | null | undefined) => ({ value: v ? dayjs(v) : undefined }),
  normalize: (d: Dayjs | null) => (d ? d.format('YYYY-MM-DD') : null),
};

function useChecklists() {
  return useQuery({
    queryKey: ['/checklist-templates', 'published'],
    queryFn: () => get<{ items: { id: number; name: string; latestVersionNo: number; archived?: boolean }[] }>('/checklist-templates?pageSize=200'),
    select: (d) => itemsOf(d).filter((t) => t.latestVersionNo > 0),
  });
}

/** Create or edit a plan; the right-hand preview follows the rule as it is typed. */
export function PlanFormModal({ plan, onClose }: { plan: Plan | 'new'; onClose: () => void }) {
  const writes = usePlanWrites();
  const technicians = useTechnicians();
  const categories = useCategories();
  const checklists = useChecklists();
  const [previewBody, setPreviewBody] = useState<Record<string, unknown> | null>(null);
  const editing = plan === 'new' ? null : plan;
  const initial: Values = editing
    ? { ...editing, roomIds: editing.rooms.map((r) => r.id), assetIds: editing.assets.filter((a) => !a.disposed).map((a) => a.id) }
    : { targetType: 'school', grouping: 'together', schedule: { kind: 'weekly', weekdays: [1], everyWeeks: 1 }, holidayPolicy: 'next', leadDays: 0, startDate: dayjs().format('YYYY-MM-DD'), active: true };
  const [values, setValues] = useState<Values>(initial);
  useEffect(() => {
    const t = setTimeout(() => {
      const s = values.schedule;
      setPreviewBody(s?.kind && values.startDate ? { schedule: s, holidayPolicy: values.holidayPolicy ?? 'next', startDate: values.startDate, endDate: values.endDate ?? null, leadDays: values.leadDays ?? 0 } : null);
    }, 300);
    return () => clearTimeout(t);
  }, [values]);

  const targetType = values.targetType as string | undefined;
  return (
    <FormModal<Values>
      title={editing ? `编辑保养计划：${editing.name}` : '新建保养计划'}
      open
      width={980}
      onClose={onClose}
      formKey={editing ? `${editing.id}-${editing.version}` : 'new'}
      initialValues={initial}
      onSubmit={async (v, form) => {
        const body: Record<string, unknown> = { ...v };
        try {
          if (editing) await writes.update.mutateAsync({ id: editing.id, body: { ...body, version: editing.version } });
          else await writes.create.mutateAsync(body);
          return true;
        } catch (err) {
          showServerErrors(err, form);
          return false;
        }
      }}
    >
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 24 }}>
        <div style={{ flex: '3 1 360px', minWidth: 0 }}>
          <Form.Item noStyle shouldUpdate>{(f) => { const next = f.getFieldsValue(true) as Values; if (JSON.stringify(next) !== JSON.stringify(values)) setTimeout(() => setValues(next)); return null; }}</Form.Item>
          <Form.Item name="name" label="计划名称" rules={[{ required: true, message: '请填写计划名称' }]}><Input maxLength={60} placeholder="如：每月检查门窗" /></Form.Item>
          <Form.Item name="targetType" label="保养对象">
            <Radio.Group options={[
              { value: 'school', label: '全校' }, { value: 'room_type', label: '按房间类型' }, { value: 'rooms', label: '指定房间' },
              { value: 'asset_category', label: '按资产分类' }, { value: 'assets', label: '指定资产' },
            ]} />
          </Form.Item>
          {targetType === 'room_type' && (
            <Form.Item name="roomType" label="房间类型" rules={[{ required: true, message: '请选择房间类型' }]}>
              <Select options={ROOM_TYPES.map((t) => ({ value: t, label: ROOM_TYPE_LABELS[t] }))} />
            </Form.Item>
          )}
          {targetType === 'rooms' && (
            <Form.Item name="roomIds" label="房间" rules={[{ required: true, message: '请至少选择一个房间' }]}><RoomSelect mode="multiple" /></Form.Item>
          )}
          {targetType === 'asset_category' && (
            <Form.Item name="assetCategoryId" label="资产分类" rules={[{ required: true, message: '请选择资产分类' }]}
              extra="含下级分类；每次生成时按当时在账（未处置）的资产计算，如「空调设备」">
              <CategoryPicker activeOnly />
            </Form.Item>
          )}
          {targetType === 'assets' && (
            <Form.Item name="assetIds" label="资产" rules={[{ required: true, message: '请至少选择一件资产' }]} extra="已处置的资产不再生成工单">
              <AssetTargetSelect chosen={editing?.assets ?? []} />
            </Form.Item>
          )}
          {targetType !== 'school' && (
            <Form.Item name="grouping" label="工单">
              <Radio.Group options={[
                { value: 'together', label: '合成一张工单' },
                { value: 'each', label: targetType === 'assets' || targetType === 'asset_category' ? '每件资产一张工单' : '每个房间一张工单' },
              ]} />
            </Form.Item>
          )}
          <Form.Item label="重复" required><ScheduleFields /></Form.Item>
          <div style={{ display: 'flex', gap: 16 }}>
            <Form.Item name="holidayPolicy" label="遇节假日、周末" style={{ flex: 1 }}><Select options={HOLIDAY_POLICY_OPTIONS} /></Form.Item>
            <Form.Item name="leadDays" label="提前生成" style={{ width: 160 }}><InputNumber min={0} max={60} addonAfter="天" /></Form.Item>
          </div>
          <div style={{ display: 'flex', gap: 16 }}>
            <Form.Item name="checklistTemplateId" label="检查表" style={{ flex: 1 }}>
              <Select allowClear placeholder="不用检查表" options={(checklists.data ?? []).map((c) => ({ value: c.id, label: c.name }))} />
            </Form.Item>
            <Form.Item name="categoryId" label="维修分类" style={{ width: 180 }}>
              <Select allowClear placeholder="默认：其他" options={(categories.data ?? []).map((c) => ({ value: c.id, label: c.name }))} />
            </Form.Item>
          </div>
          <Form.Item name="assigneeId" label="负责人" extra="不选则按派单规则，或进入派单台等待派单">
            <Select allowClear placeholder="按派单规则" options={(technicians.data ?? []).map((t) => ({ value: t.id, label: t.name }))} />
          </Form.Item>
          <div style={{ display: 'flex', gap: 16 }}>
            <Form.Item name="startDate" label="开始日期" rules={[{ required: true, message: '请选择开始日期' }]} {...dateProps}><DatePicker /></Form.Item>
            <Form.Item name="endDate" label="结束日期" {...dateProps}><DatePicker placeholder="长期" /></Form.Item>
            <Form.Item name="active" label="启用" valuePropName="checked"><Switch /></Form.Item>
          </div>
          <Form.Item name="description" label="说明"><Input.TextArea rows={2} maxLength={500} /></Form.Item>
        </div>
        <div style={{ flex: '2 1 260px', minWidth: 0 }}>
          <PreviewList body={previewBody} />
        </div>
      </div>
    </FormModal>
  );
}
