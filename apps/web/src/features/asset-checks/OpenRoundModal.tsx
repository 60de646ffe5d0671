import { DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useBuildings } from '../org/org-api';
import { useOpenRound, useTerms } from './asset-checks-api';

interface Values { name: string; termId?: number; dueDate: Dayjs; buildingIds?: number[] }

/** 发起期初清点: a name, the term, a due date, and every room with cards or only some buildings'. */
export function OpenRoundModal({ open, onClose, onOpened }: { open: boolean; onClose: () => void; onOpened: (id: number) => void }) {
  const [form] = Form.useForm<Values>();
  const terms = useTerms();
  const buildings = useBuildings();
  const write = useOpenRound((id) => { onClose(); onOpened(id); });
  const finish = (v: Values) => write.submit({
    name: v.name, dueDate: v.dueDate.format('YYYY-MM-DD'),
    ...(v.termId ? { termId: v.termId } : {}), ...(v.buildingIds?.length ? { buildingIds: v.buildingIds } : {}),
  }, form);
  return (
    <Modal open={open} title="发起期初清点" onCancel={onClose} okText="发起" okButtonProps={{ loading: write.isPending }} onOk={() => form.submit()} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={(v) => void finish(v)}>
        <Form.Item name="name" label="清点名称" rules={[{ required: true, message: '请填写清点名称' }]}>
          <Input maxLength={60} placeholder="如：2026 秋季学期期初清点" />
        </Form.Item>
        <Form.Item name="termId" label="学期">
          <Select allowClear loading={terms.isLoading} options={(terms.data ?? []).map((t) => ({ value: t.id, label: t.label }))} placeholder="选填" />
        </Form.Item>
        <Form.Item name="dueDate" label="截止日期" rules={[{ required: true, message: '请选择截止日期' }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="buildingIds" label="范围" extra="不选则清点全校所有存放资产的房间；房间的班主任或管理人在手机上清点">
          <Select mode="multiple" allowClear placeholder="全部房间" loading={buildings.isLoading}
            options={(buildings.data ?? []).map((b) => ({ value: b.id, label: b.name }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
