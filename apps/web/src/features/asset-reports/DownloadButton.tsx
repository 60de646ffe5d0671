import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, message } from 'antd';
import { useState } from 'react';
import { download, qs } from '../../lib/api';
import { showServerErrors } from '../../lib/form-errors';

type Params = Record<string, string | number | undefined>;

/** Downloads a report file (A4 PDF ready to print and sign, or a workbook) under the server's file name. */
export function DownloadButton({ path, params = {}, filename, label, kind }: { path: string; params?: Params; filename: string; label: string; kind: 'pdf' | 'xlsx' }) {
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      await download(`${path}${qs(params)}`, filename);
      void message.success(kind === 'pdf' ? 'PDF 已生成，请查看浏览器下载' : '已导出，请查看浏览器下载');
    } catch (err) {
      showServerErrors(err);
    } finally {
      setBusy(false);
    }
  };
  return <Button icon={kind === 'pdf' ? <PrinterOutlined /> : <DownloadOutlined />} loading={busy} onClick={() => void run()}>{label}</Button>;
}
