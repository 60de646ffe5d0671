import { PrinterOutlined } from '@ant-design/icons';
import { Alert, Form, InputNumber, Modal, Select } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { fetchBlob, saveBlob } from '../lib/api';
import { showServerErrors } from '../lib/form-errors';
import { LABEL_LAYOUT_OPTIONS, type LabelLayout } from '../lib/label-layouts';

interface Values { layout: LabelLayout; startPosition?: number }

/** Opens a PDF in a new tab; the tab is opened on the click so pop-up blockers allow it. */
export async function openPdf(load: () => Promise<Blob>, filename: string): Promise<void> {
  const win = window.open('', '_blank');
  try {
    const blob = await load();
    const url = URL.createObjectURL(blob);
    if (win) win.location.href = url;
    else saveBlob(blob, filename);
    setTimeout(() => URL.revokeObjectURL(url), 5 * 60_000);
  } catch (err) {
    win?.close();
    throw err;
  }
}

/** What is printed: room or batch labels (POST /qr/labels), or asset labels (POST /assets/labels). */
export type LabelTarget =
  | { kind: 'qr'; body: { roomIds: number[] } | { batchId: number } }
  | { kind: 'asset'; body: { roomId: number } | { assetIds: number[] } };

const PRINT = {
  qr: { path: '/qr/labels', filename: '二维码标签.pdf', hint: '打印时请选择“实际大小 / 100%”，不要“适合页面”，否则标签会错位。' },
  asset: { path: '/assets/labels', filename: '资产标签.pdf', hint: '每张标签印学校、资产名称、编号、存放地点和二维码；已贴的标签二维码不变。打印时请选择“实际大小 / 100%”。' },
} as const;

/** Label sheet or label printer, with the start cell on a part-used sheet; codes are handed out on the way. */
export function PrintLabelsModal({ open, onClose, target, title }: { open: boolean; onClose: () => void; target: LabelTarget; title: string }) {
  const [form] = Form.useForm<Values>();
  const client = useQueryClient();
  const [busy, setBusy] = useState(false);
  const layout = Form.useWatch('layout', form);
  const perPage = LABEL_LAYOUT_OPTIONS.find((o) => o.value === layout)?.perPage ?? 24;
  const spec = PRINT[target.kind];
  const print = async (v: Values) => {
    setBusy(true);
    try {
      const body = { ...target.body, layout: v.layout, ...(perPage > 1 && v.startPosition ? { startPosition: v.startPosition } : {}) };
      await openPdf(async () => (await fetchBlob('POST', spec.path, body)).blob, spec.filename);
      // Printing hands free codes to what had none: the lists now show them.
      for (const key of ['/rooms', '/qr-codes', '/qr-batches', '/assets']) void client.invalidateQueries({ queryKey: [key] });
      onClose();
    } catch (err) {
      showServerErrors(err, form);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal open={open} title={title} onCancel={onClose} okText="生成 PDF" okButtonProps={{ icon: <PrinterOutlined />, loading: busy }}
      onOk={() => form.submit()} destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={{ layout: 'a4-3x8', startPosition: 1 }} onFinish={(v) => void print(v)}>
        <Form.Item name="layout" label="标签规格"><Select options={LABEL_LAYOUT_OPTIONS.map(({ value, label }) => ({ value, label }))} /></Form.Item>
        {perPage > 1 ? (
          <Form.Item name="startPosition" label="从第几张开始" extra="用过一部分的不干胶纸：跳过已撕掉的位置（按行从左到右数）">
            <InputNumber min={1} max={perPage} precision={0} />
          </Form.Item>
        ) : null}
        <Alert type="info" showIcon message={spec.hint} />
      </Form>
    </Modal>
  );
}
