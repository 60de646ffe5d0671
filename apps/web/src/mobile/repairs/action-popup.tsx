import { Button, Popup } from 'antd-mobile';
import type { ReactNode } from 'react';

interface Props {
  visible: boolean;
  title: string;
  onClose: () => void;
  onSubmit: () => void;
  submitText: string;
  busy: boolean;
  error: string | null;
  children: ReactNode;
}

/** A bottom sheet holding the few inputs an action needs (reason, stars, parts), with its own error line. */
export function ActionPopup({ visible, title, onClose, onSubmit, submitText, busy, error, children }: Props) {
  return (
    <Popup visible={visible} onMaskClick={onClose} onClose={onClose} bodyStyle={{ borderRadius: '12px 12px 0 0', maxHeight: '85dvh', overflowY: 'auto' }}>
      <div className="m-stack">
        <div className="m-section-label" style={{ fontSize: 17 }}>{title}</div>
        {children}
        {error && <div className="m-form-error" role="alert">{error}</div>}
        <div className="m-actions">
          <Button block color="primary" size="large" loading={busy} onClick={onSubmit}>{submitText}</Button>
          <Button block size="large" onClick={onClose}>取消</Button>
        </div>
      </div>
    </Popup>
  );
}
