import { Image, Space } from 'antd';
import type { Photo } from './stocktakes-api';

/** The counter's evidence photos as small thumbnails; a click opens them full size (one gallery per row). */
export function PhotoThumbs({ photos }: { photos: Photo[] }) {
  if (!photos.length) return <span style={{ color: 'rgba(0,0,0,0.25)' }}>—</span>;
  return (
    <Image.PreviewGroup>
      <Space size={4} wrap>
        {photos.map((p) => (
          <Image key={p.id} width={40} height={40} style={{ objectFit: 'cover', borderRadius: 4 }} src={p.thumbnailUrl ?? p.url} alt={p.originalName}
            preview={{ src: p.url }} />
        ))}
      </Space>
    </Image.PreviewGroup>
  );
}
