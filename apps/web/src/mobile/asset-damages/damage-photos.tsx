import { useEffect, useMemo } from 'react';

/**
 * Photos picked before the damage record exists: kept on the phone (previewed from memory) and
 * uploaded onto the record once it is created, since files belong to a record (ownerType asset_damage).
 */
export function DamagePhotos({ value, onChange, max }: { value: File[]; onChange: (next: File[]) => void; max: number }) {
  const urls = useMemo(() => value.map((f) => URL.createObjectURL(f)), [value]);
  useEffect(() => () => urls.forEach((u) => URL.revokeObjectURL(u)), [urls]);
  return (
    <div className="m-photos">
      {value.map((f, i) => (
        <div key={`${f.name}-${i}`} className="m-photo">
          <img src={urls[i]} alt={f.name} />
          <button type="button" className="m-photo-remove" aria-label="删除照片" onClick={() => onChange(value.filter((_, j) => j !== i))}>×</button>
        </div>
      ))}
      {value.length < max && (
        <label className="m-photo m-photo-add">
          <span className="m-photo-plus">+</span>
          <span>拍照/相册</span>
          <input type="file" accept="image/*" capture="environment" multiple hidden
            onChange={(e) => { onChange([...value, ...Array.from(e.target.files ?? [])].slice(0, max)); e.target.value = ''; }} />
        </label>
      )}
    </div>
  );
}
