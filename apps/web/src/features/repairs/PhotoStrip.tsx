import { Image, Space, Typography } from 'antd';
import type { FileDto } from './repairs-api';

/** Thumbnails that open the full photo; the files module serves both. */
export function PhotoStrip({ photos, empty }: { photos: FileDto[]; empty: string }) {
  if (photos.length === 0) return <Typography.Text type="secondary">{empty}</Typography.Text>;
  return (
    <Image.PreviewGroup>
      <Space wrap>
        {photos.map((p) => (
          <Image key={p.id} width={96} height={96} style={{ objectFit: 'cover', borderRadius: 6 }}
            src={`/api/v1/files/${p.id}/thumbnail`} preview={{ src: `/api/v1/files/${p.id}/content` }} alt={p.originalName} />
        ))}
      </Space>
    </Image.PreviewGroup>
  );
}
