import { Button, TextArea } from 'antd-mobile';
import { useState } from 'react';
import { Dialog } from '../components/imperative';

interface Props {
  busy: boolean;
  approveText?: string;
  onApprove: (note: string) => Promise<void>;
  onReject: (reason: string) => Promise<void>;
  /** The server's message for the note (e.g. 驳回时请填写意见), shown under it. */
  error?: string | null;
}

/** 同意 / 驳回 with one note box: optional when approving, the reason when rejecting. Rejecting asks once more. */
export function DecisionBar({ busy, approveText = '同意', onApprove, onReject, error }: Props) {
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const reject = async () => {
    if (!note.trim()) return setMissing(true);
    setMissing(false);
    const ok = await Dialog.confirm({ content: '确定驳回？申请人会收到驳回原因。', confirmText: '驳回', cancelText: '再想想' });
    if (ok) await onReject(note.trim());
  };
  return (
    <div className="m-appr-decision">
      <TextArea className="m-boxed" value={note} onChange={(v) => { setNote(v); setMissing(false); }} rows={3} maxLength={500} showCount
        placeholder="审批意见：同意时选填；驳回时必填，写明原因" />
      {missing ? <div className="m-field-error">驳回请填写原因</div> : null}
      {error ? <div className="m-field-error">{error}</div> : null}
      <div className="m-appr-buttons">
        <Button color="danger" fill="outline" size="large" disabled={busy} onClick={() => void reject()}>驳回</Button>
        <Button color="primary" size="large" loading={busy} onClick={() => void onApprove(note.trim())}>{approveText}</Button>
      </div>
    </div>
  );
}
