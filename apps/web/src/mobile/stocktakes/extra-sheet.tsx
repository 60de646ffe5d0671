import { Button, Form, Input, Picker, Popup, Stepper, TextArea } from 'antd-mobile';
import { useEffect, useState } from 'react';
import { post } from '../../lib/api';
import { Toast } from '../components/imperative';
import { applyServerErrors } from '../lib/apply-field-errors';
import { PendingPhotos, uploadPhotos } from './stocktake-photos';
import type { Extra, RoomChoice } from './types';

interface Values { name: string; quantity: number; note?: string }
interface Props { stocktakeId: number; rooms: RoomChoice[]; roomId: number | null; visible: boolean; onClose: () => void; onSaved: () => void }

/**
 * 登记盘盈: something in the room that has no label and is not on the books (3 把旧椅子). The room
 * the counter stands in is filled in; photos are taken now and uploaded once the entry is saved.
 */
export function ExtraSheet({ stocktakeId, rooms, roomId, visible, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  const [room, setRoom] = useState<number | null>(roomId);
  const [picking, setPicking] = useState(false);
  const [files, setFiles] = useState<File[]>([]);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    if (!visible) return;
    form.resetFields();
    setRoom(roomId);
    setFiles([]);
    setMessage(null);
  }, [visible, roomId, form]);

  const submit = async (v: Values) => {
    setBusy(true);
    setMessage(null);
    try {
      const saved = await post<{ extra: Extra }>(`/asset-stocktakes/${stocktakeId}/extras`, {
        name: v.name.trim(), quantity: v.quantity, ...(room ? { roomId: room } : {}), ...(v.note?.trim() ? { note: v.note.trim() } : {}),
      });
      const failed = await uploadPhotos('asset_stocktake_extra', saved.extra.id, files);
      Toast.show({ content: failed ? '盘盈已登记，有照片没传上，可在列表中补拍' : `已登记盘盈：${saved.extra.name} ×${saved.extra.quantity}` });
      onSaved();
      onClose();
    } catch (err) {
      setMessage(applyServerErrors(form, err, ['name', 'quantity', 'note']));
    } finally {
      setBusy(false);
    }
  };

  const roomName = rooms.find((r) => r.id === room)?.name;
  return (
    <Popup visible={visible} onMaskClick={onClose} onClose={onClose} bodyStyle={{ borderRadius: '12px 12px 0 0' }}>
      <div className="m-st-sheet">
        <div className="m-st-sheet-title">登记盘盈</div>
        <div className="m-muted">没有标签、账上也查不到的物品，写清是什么、有几件，拍张照片。</div>
        <Form form={form} layout="vertical" requiredMarkStyle="none" initialValues={{ quantity: 1 }} onFinish={(v) => void submit(v)}
          footer={
            <>
              {message && <div className="m-form-error" role="alert">{message}</div>}
              <div className="m-actions">
                <Button block type="submit" color="primary" size="large" loading={busy}>保存</Button>
                <Button block size="large" onClick={onClose}>取消</Button>
              </div>
            </>
          }>
          <Form.Item name="name" label="物品名称" rules={[{ required: true, whitespace: true, message: '请填写物品名称' }]}>
            <Input placeholder="如：旧木椅、铁皮柜" maxLength={60} clearable />
          </Form.Item>
          <Form.Item name="quantity" label="数量" rules={[{ required: true, message: '请填写数量' }]}>
            <Stepper min={1} max={9999} digits={0} />
          </Form.Item>
          <Form.Item label="所在房间" onClick={() => setPicking(true)} arrowIcon>
            {roomName ?? <span className="m-muted">未选房间（点此选择）</span>}
          </Form.Item>
          <Form.Item name="note" label="说明">
            <TextArea placeholder="选填：成色、放在哪里、可能的来历" maxLength={200} rows={2} />
          </Form.Item>
          <Form.Item label="照片">
            <PendingPhotos files={files} onChange={setFiles} />
          </Form.Item>
        </Form>
        <Picker columns={[rooms.map((r) => ({ label: r.name, value: String(r.id) }))]} visible={picking} onClose={() => setPicking(false)}
          value={room ? [String(room)] : []} onConfirm={(v) => setRoom(v[0] ? Number(v[0]) : null)} />
      </div>
    </Popup>
  );
}
