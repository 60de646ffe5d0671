import { DownloadOutlined } from '@ant-design/icons';
import { Button, message } from 'antd';
import { useState } from 'react';
import { download, qs } from '../lib/api';
import { showServerErrors } from '../lib/form-errors';
import { t } from '../lib/i18n';
import type { Filters } from '../lib/use-server-table';

/** Exports exactly what the list shows (same filters and sort) as the server's Excel file. */
export function ExportButton({ path, filters = {}, filename }: { path: string; filters?: Filters; filename: string }) {
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const { page: _p, pageSize: _s, ...rest } = filters;
      await download(`${path}${qs(rest)}`, filename);
      void message.success('已导出，请查看浏览器下载');
    } catch (err) {
      showServerErrors(err);
    } finally {
      setBusy(false);
    }
  };
  return <Button icon={<DownloadOutlined />} loading={busy} onClick={() => void run()}>{t('导出 Excel')}</Button>;
}
