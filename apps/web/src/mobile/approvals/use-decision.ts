import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError } from '../../lib/api';
import { Toast } from '../components/imperative';
import { describeError } from '../lib/describe-error';

export type Decision = 'approve' | 'reject';

interface Options {
  /** The toast after the server accepted the decision. */
  success: (decision: Decision) => string;
  /** Where the approver goes next: back to the inbox. */
  backTo: string;
  /** Someone else acted first (409): show the record as it is now. */
  reload: () => void;
}

/**
 * 同意 / 驳回 on a phone approval page: one decision at a time; the server's field message (e.g. the
 * reason it wants) shows under the note box, anything else as a toast; a stale record reloads.
 */
export function useDecision(send: (decision: Decision, note: string) => Promise<unknown>, { success, backTo, reload }: Options) {
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const decide = async (decision: Decision, note: string) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await send(decision, note);
      Toast.show({ icon: 'success', content: success(decision) });
      navigate(backTo, { replace: true });
    } catch (err) {
      if (err instanceof ApiError && err.body.fields?.length) setError(err.body.fields[0]?.message ?? null);
      else Toast.show({ content: describeError(err).message, duration: 3000 });
      if (err instanceof ApiError && err.status === 409) reload();
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, decide };
}
