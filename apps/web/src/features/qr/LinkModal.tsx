import { useQueryClient } from '@tanstack/react-query';
import { Alert, Form, Modal, message } from 'antd';
import { useState } from 'react';
import { RoomSelect } from '../../components/RemoteSelect';
import { isApiError, post } from '../../lib/api';
import { showServerErrors, isStale } from '../../lib/form-errors';
import { type QrCode, QR_KEYS } from './qr-api';

/** 关联 / 改关联 a code to a room; if the room already has a code, ask before replacing it. */
export function LinkModal({ code, onClose }: { code: QrCode | null; onClose: () => void }) {
  const [form] = Form.useForm<{ roomId: number }>();
  const client = useQueryClient();
  const [busy, setBusy] = useState(false);
  const refresh = () => Promise.all(QR_KEYS.map((queryKey) => client.invalidateQueries({ queryKey })));

  const link = async (roomId: number, replace = false) => {
    if (!code) return;
    setBusy(true);
    try {
      await post(`/qr-codes/${encodeURIComponent(code.code)}/link`, { targetType: 'room', targetId: roomId, version: code.version, ...(replace ? { replace: true } : {}) });
      void message.success(`二维码 ${code.code} 已关联`);
      await refresh();
      onClose();
    } catch (err) {
      if (isApiError(err) && err.body.code === 'QR_TARGET_TAKEN') {
        Modal.confirm({
          title: '该房间已有二维码',
          content: `${err.body.message}。换成 ${code.code} 后，原来的标签将失效（可以再关联到别处）。`,
          okText: '替换', cancelText: '取消',
          onOk: () => link(roomId, true),
        });
      } else if (isStale(err)) {
        void message.warning(isApiError(err) ? err.body.message : '已被他人修改');
        await refresh();
        onClose();
      } else showServerErrors(err, form);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open={code !== null} title={code ? `${code.targetId ? '改关联' : '关联'}二维码 ${code.code}` : ''} onCancel={onClose}
      okText="关联" okButtonProps={{ loading: busy }} onOk={() => form.submit()} destroyOnHidden>
      {code?.targetName ? <Alert type="warning" showIcon style={{ marginBottom: 12 }} message={`当前关联：${code.targetTypeLabel ?? ''} ${code.targetName}。改关联后，扫码将打开新的房间。`} /> : null}
      <Form form={form} layout="vertical" onFinish={(v) => void link(v.roomId)}>
        <Form.Item name="roomId" label="房间" rules={[{ required: true, message: '请选择房间' }]}>
          <RoomSelect />
        </Form.Item>
      </Form>
    </Modal>
  );
}
