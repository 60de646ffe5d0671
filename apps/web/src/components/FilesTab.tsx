import { DeleteOutlined, FileOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Empty, Image, List, Popconfirm, Space, Typography, Upload, message } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { api, del, get, itemsOf } from '../lib/api';
import { showServerErrors } from '../lib/form-errors';
import { useSession } from '../lib/session';

export interface StoredFile {
  id: number;
  originalName: string;
  mime: string;
  size: number;
  url: string;
  thumbnailUrl: string | null;
  createdAt?: string;
  createdByName?: string | null;
  abilities?: { delete: boolean };
}

function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Attachments of one record (photos, scans, contracts): list, upload, open, delete. */
export function FilesTab({ ownerType, ownerId }: { ownerType: string; ownerId: number }) {
  const { can } = useSession();
  const client = useQueryClient();
  const key = ['/files', ownerType, ownerId];
  const [uploading, setUploading] = useState(0);
  const query = useQuery({
    queryKey: key,
    queryFn: () => get<StoredFile[] | { items: StoredFile[] }>(`/files?ownerType=${encodeURIComponent(ownerType)}&ownerId=${ownerId}`),
    retry: false,
  });
  const files = itemsOf(query.data);

  const upload = async (file: File) => {
    const form = new FormData();
    form.append('ownerType', ownerType);
    form.append('ownerId', String(ownerId));
    form.append('file', file);
    setUploading((n) => n + 1);
    try {
      await api<StoredFile>('POST', '/files', form);
      void message.success(`已上传：${file.name}`);
    } catch (err) {
      showServerErrors(err);
    } finally {
      setUploading((n) => n - 1);
      void client.invalidateQueries({ queryKey: key });
    }
  };
  const remove = async (f: StoredFile) => {
    try {
      await del(`/files/${f.id}`);
      void message.success('已删除');
    } catch (err) {
      showServerErrors(err);
    }
    void client.invalidateQueries({ queryKey: key });
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {can('file', 'create') ? (
        <Upload multiple accept="image/jpeg,image/png,image/webp,image/gif,application/pdf" showUploadList={false} beforeUpload={(f) => { void upload(f); return false; }}>
          <Button icon={<UploadOutlined />} loading={uploading > 0}>上传附件</Button>
        </Upload>
      ) : null}
      {query.isError ? <Alert type="warning" showIcon message="附件暂时无法加载" description={query.error.message} /> : (
        <List<StoredFile>
          loading={query.isLoading}
          dataSource={files}
          locale={{ emptyText: <Empty description="还没有附件。可以上传照片或 PDF，例如现场照片、平面图、合同扫描件。" /> }}
          renderItem={(f) => (
            <List.Item actions={(f.abilities?.delete ?? can('file', 'delete')) ? [
              <Popconfirm key="del" title={`删除附件「${f.originalName}」？`} okText="删除" cancelText="取消" okButtonProps={{ danger: true }} onConfirm={() => remove(f)}>
                <Button type="text" danger size="small" icon={<DeleteOutlined />} aria-label="删除" />
              </Popconfirm>,
            ] : []}>
              <List.Item.Meta
                avatar={f.thumbnailUrl ? <Image width={48} height={48} style={{ objectFit: 'cover' }} src={f.thumbnailUrl} preview={{ src: f.url }} /> : <FileOutlined style={{ fontSize: 32, color: '#999' }} />}
                title={<a href={f.url} target="_blank" rel="noreferrer">{f.originalName}</a>}
                description={<Typography.Text type="secondary" style={{ fontSize: 12 }}>{sizeText(f.size)}{f.createdAt ? ` · ${dayjs(f.createdAt).format('YYYY-MM-DD HH:mm')}` : ''}{f.createdByName ? ` · ${f.createdByName}` : ''}</Typography.Text>}
              />
            </List.Item>
          )}
        />
      )}
    </Space>
  );
}
