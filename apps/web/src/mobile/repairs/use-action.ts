import { useState } from 'react';
import { ApiError, post } from '../../lib/api';
import { Toast } from '../components/imperative';
import { describeError } from '../lib/describe-error';

/**
 * Runs one state change and reloads the page after it. The server's Chinese sentence is kept for
 * the sheet; a 409 (someone else moved the job, or a stale version) reloads so the buttons match.
 */
export function useRepairAction(reload: () => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = async (url: string, body: unknown, done: string): Promise<boolean> => {
    if (busy) return false;
    setBusy(true);
    setError(null);
    try {
      await post(url, body);
      Toast.show({ icon: 'success', content: done });
      reload();
      return true;
    } catch (err) {
      const message = describeError(err).message;
      setError(message);
      if (err instanceof ApiError && err.status === 409) reload();
      Toast.show({ content: message, duration: 3000 });
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, setError, run };
}
