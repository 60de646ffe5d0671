import { useRef, useState } from 'react';
import { useMe } from '../app/session';
import { Toast } from '../components/imperative';
import { describeError } from '../lib/describe-error';
import type { FileDto } from './types';
import { uploadDraftPhoto } from './upload-photo';

interface Props {
  value: FileDto[];
  onChange: (next: FileDto[]) => void;
  max: number;
}

/**
 * Camera or album through a plain file input (the phone offers both), each photo uploaded the moment
 * it is picked so submitting only sends ids.
 */
export function PhotoPicker({ value, onChange, max }: Props) {
  const me = useMe();
  const input = useRef<HTMLInputElement>(null);
  const [uploading, setUploading] = useState(0);

  const pick = async (files: FileList | null) => {
    const chosen = Array.from(files ?? []).slice(0, Math.max(0, max - value.length));
    if (input.current) input.current.value = '';
    let next = value;
    setUploading(chosen.length);
    for (const file of chosen) {
      try {
        next = [...next, await uploadDraftPhoto(file, me.id)];
        onChange(next);
      } catch (err) {
        Toast.show({ content: `${file.name}：${describeError(err).message}`, duration: 3000 });
      }
      setUploading((n) => n - 1);
    }
  };

  return (
    <div className="m-photos">
      {value.map((f) => (
        <div key={f.id} className="m-photo">
          <img src={f.thumbnailUrl ?? f.url} alt={f.originalName} />
          <button type="button" className="m-photo-remove" aria-label="删除照片"
            onClick={() => onChange(value.filter((x) => x.id !== f.id))}>×</button>
        </div>
      ))}
      {Array.from({ length: uploading }, (_, i) => <div key={`u${i}`} className="m-photo m-photo-busy">上传中…</div>)}
      {value.length + uploading < max && (
        <label className="m-photo m-photo-add">
          <span className="m-photo-plus">+</span>
          <span>拍照/相册</span>
          <input ref={input} type="file" accept="image/*" capture="environment" multiple hidden
            onChange={(e) => void pick(e.target.files)} />
        </label>
      )}
    </div>
  );
}

/** Photos already on a record, tap to open full size. */
export function PhotoRow({ photos }: { photos: FileDto[] }) {
  if (!photos.length) return null;
  return (
    <div className="m-photos">
      {photos.map((f) => (
        <a key={f.id} className="m-photo" href={f.url} target="_blank" rel="noreferrer">
          <img src={f.thumbnailUrl ?? f.url} alt={f.originalName} />
        </a>
      ))}
    </div>
  );
}
