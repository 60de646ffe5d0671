import { useEffect, useMemo } from 'react';
import { del } from '../../lib/api';
import { Dialog, Toast } from '../components/imperative';
import { describeError } from '../lib/describe-error';
import { uploadFile } from '../lib/upload-file';
import type { Photo } from './types';

export type PhotoOwner = 'asset_stocktake_scan' | 'asset_stocktake_extra';

/** Uploads photos one by one to a scan or a 盘盈 entry; says which failed (too large, not a picture) instead of stopping. */
export async function uploadPhotos(ownerType: PhotoOwner, ownerId: number, files: File[]): Promise<number> {
  let failed = 0;
  for (const file of files) {
    try {
      await uploadFile(ownerType, ownerId, file, file.name || '照片.jpg');
    } catch (err) {
      failed += 1;
      Toast.show({ content: `${file.name || '照片'}：${describeError(err).message}`, duration: 3000 });
    }
  }
  return failed;
}

/** The camera or the album through a plain file input (the phone offers both). */
function AddPhoto({ label, onPick }: { label: string; onPick: (files: File[]) => void }) {
  return (
    <label className="m-st-photo m-st-photo-add">
      <span className="m-st-photo-plus">+</span>
      <span>{label}</span>
      <input type="file" accept="image/*" capture="environment" multiple hidden
        onChange={(e) => { const files = Array.from(e.target.files ?? []); e.target.value = ''; if (files.length) onPick(files); }} />
    </label>
  );
}

/** Photos already stored: tap for full size, × while the counter may still take one back, + to add another. */
export function StoredPhotos({ stocktakeId, photos, ownerType, ownerId, canAdd, onChanged }: {
  stocktakeId: number; photos: Photo[]; ownerType: PhotoOwner; ownerId: number; canAdd: boolean; onChanged: () => void;
}) {
  if (!photos.length && !canAdd) return null;
  const remove = async (p: Photo) => {
    if (!(await Dialog.confirm({ content: '删除这张照片？', confirmText: '删除', cancelText: '取消' }))) return;
    try {
      await del(`/asset-stocktakes/${stocktakeId}/photos/${p.id}`);
      onChanged();
    } catch (err) {
      Toast.show({ content: describeError(err).message });
    }
  };
  const add = async (files: File[]) => {
    const failed = await uploadPhotos(ownerType, ownerId, files);
    if (failed < files.length) Toast.show({ content: '照片已上传' });
    onChanged();
  };
  return (
    <div className="m-st-photos">
      {photos.map((p) => (
        <div key={p.id} className="m-st-photo">
          <a href={p.url} target="_blank" rel="noreferrer"><img src={p.thumbnailUrl ?? p.url} alt={p.originalName} /></a>
          {p.abilities.delete && <button type="button" className="m-st-photo-remove" aria-label="删除照片" onClick={() => void remove(p)}>×</button>}
        </div>
      ))}
      {canAdd && <AddPhoto label="拍照" onPick={(f) => void add(f)} />}
    </div>
  );
}

/** Photos chosen in a form before the record exists: shown from the phone, uploaded after saving. */
export function PendingPhotos({ files, onChange, max = 6 }: { files: File[]; onChange: (next: File[]) => void; max?: number }) {
  const urls = useMemo(() => files.map((f) => URL.createObjectURL(f)), [files]);
  useEffect(() => () => urls.forEach((u) => URL.revokeObjectURL(u)), [urls]);
  return (
    <div className="m-st-photos">
      {files.map((f, i) => (
        <div key={urls[i]} className="m-st-photo">
          <img src={urls[i]} alt={f.name || '照片'} />
          <button type="button" className="m-st-photo-remove" aria-label="移除照片" onClick={() => onChange(files.filter((x) => x !== f))}>×</button>
        </div>
      ))}
      {files.length < max && <AddPhoto label="拍照/相册" onPick={(picked) => onChange([...files, ...picked].slice(0, max))} />}
    </div>
  );
}
