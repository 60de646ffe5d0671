import { Form, Modal, Switch } from 'antd';
import { RoomSelect } from '../../components/RemoteSelect';
import { useMovementSettings, useSaveMovementSettings } from './movements-api';

interface Values { lowValueNeedsApproval: boolean; storeRoomId?: number | null }

/** 调拨借用设置: whether low-value-only documents need approval, and the store room cards return to. */
export function MovementSettingsModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const settings = useMovementSettings(open);
  const save = useSaveMovementSettings();
  const s = settings.data;
  return (
    <Modal open={open && s !== undefined} title="调拨借用设置" onCancel={onClose} onOk={() => form.submit()} okButtonProps={{ loading: save.isPending }} destroyOnHidden>
      {s ? (
        <Form form={form} layout="vertical" name="movement-settings" initialValues={{ lowValueNeedsApproval: s.lowValueNeedsApproval, storeRoomId: s.storeRoomId }}
          onFinish={(v) => void save.submit({ version: s.version, lowValueNeedsApproval: v.lowValueNeedsApproval, storeRoomId: v.storeRoomId ?? null }, form).then((ok) => { if (ok) onClose(); })}>
          <Form.Item name="lowValueNeedsApproval" label="只含低值耐用品的调拨、借用也需要审批" valuePropName="checked"
            extra="关闭后，全部为低值耐用品（单价低于入账标准）的单据提交即视为批准，直接通知接收人或保管员">
            <Switch checkedChildren="需要" unCheckedChildren="免审批" />
          </Form.Item>
          <Form.Item name="storeRoomId" label="库房" extra="退库确认后资产存放到这里；不设置则保留原存放地点">
            <RoomSelect currentLabel={s.storeRoomName} />
          </Form.Item>
        </Form>
      ) : null}
    </Modal>
  );
}
