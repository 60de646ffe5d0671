import { Button } from 'antd-mobile';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import type { ApiState } from '../lib/use-api';
import { Loading, LoadFailed } from './load-state';
import { Page } from './page';

interface RecordPageProps<T> {
  title: string;
  backTo: string;
  /** False when the id in the address is not a number: nothing to load, shown as not found. */
  valid: boolean;
  state: ApiState<T> & { reload: () => void };
  /** What "not found" means on this page (deleted, another school, not yours). */
  missingTitle: string;
  missingDescription: string;
  /** Offers 回到首页 on not found, for pages reached by scanning a label. */
  homeButton?: boolean;
  children: (data: T) => ReactNode;
}

/** A page about one record: loading, not found or failed in the user's words, else the record. */
export function RecordPage<T>({ title, backTo, valid, state, missingTitle, missingDescription, homeButton, children }: RecordPageProps<T>) {
  const navigate = useNavigate();
  const failure = !valid ? { kind: 'notFound' as const, message: '' } : state.status === 'failed' ? state.failure : null;
  if (failure) {
    const missing = failure.kind === 'notFound';
    return (
      <Page title={title} backTo={backTo}>
        <LoadFailed failure={failure} onRetry={state.reload} title={missing ? missingTitle : undefined} description={missing ? missingDescription : undefined}>
          {missing && homeButton && <Button block size="large" onClick={() => navigate('/m')}>回到首页</Button>}
        </LoadFailed>
      </Page>
    );
  }
  if (state.status !== 'ok') return <Page title={title} backTo={backTo}><Loading /></Page>;
  return <>{children(state.data)}</>;
}
