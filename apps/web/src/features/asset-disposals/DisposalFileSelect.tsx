import { UploadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Select, Space, Upload, message } from 'antd';
import { useState } from 'react';
import type { StoredFile } from '../../components/FilesTab';
import { api, get, itemsOf } from '../../lib/api';
import { showServerErrors } from '../../lib/form-errors';

/** Picks a file attached to the request (会议纪要, 批复扫描件), or uploads one and picks it at once. */
export function DisposalFileSelect({ disposalId, value, onChange }: { disposalId: number; value?: number; onChange?: (id: number | undefined) => void }) {
  const client = useQueryClient();
  const key = ['/files', 'asset_disposal', disposalId];
  const files = useQuery({ queryKey: key, queryFn: () => get<StoredFile[] | { items: StoredFile[] }>(`/files?ownerType=asset_disposal&ownerId=${disposalId}`) });
  const [busy, setBusy] = useState(false);
  const upload = async (file: File) => {
    const form = new FormData();
    form.append('ownerType', 'asset_disposal');
    form.append('ownerId', String(disposalId));
    form.append('file', file);
    setBusy(true);
    try {
      const stored = await api<StoredFile>('POST', '/files', form);
      void message.success(`已上传：${file.name}`);
      await client.invalidateQueries({ queryKey: key });
      onChange?.(stored.id);
    } catch (err) {
      showServerErrors(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Space.Compact style={{ width: '100%' }}>
      <Select<number> value={value} onChange={onChange} allowClear placeholder="选择已上传的附件" loading={files.isLoading} style={{ flex: 1 }}
        options={itemsOf(files.data).map((f) => ({ value: f.id, label: f.originalName }))} notFoundContent="还没有附件，请点右侧上传" />
      <Upload accept="image/jpeg,image/png,image/webp,application/pdf" showUploadList={false} beforeUpload={(f) => { void upload(f); return false; }}>
        <Button icon={<UploadOutlined />} loading={busy}>上传</Button>
      </Upload>
    </Space.Compact>
  );
}
