import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Result, Spin } from 'antd';
import { lazy, Suspense, useMemo, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { get } from '../lib/api';
import { t } from '../lib/i18n';
import { canFrom, SessionContext, type Session } from '../lib/session';
import { ME_KEY } from './query-client';
import { loadMe, signOut } from './session-actions';

const SetupPage = lazy(() => import('../features/auth/SetupPage').then((m) => ({ default: m.SetupPage })));
const LoginPage = lazy(() => import('../features/auth/LoginPage').then((m) => ({ default: m.LoginPage })));
const ForcedPasswordPage = lazy(() => import('../features/auth/ForcedPasswordPage').then((m) => ({ default: m.ForcedPasswordPage })));
const Shell = lazy(() => import('./Shell').then((m) => ({ default: m.Shell })));

export function FullPageSpin() {
  return (
    <div style={{ display: 'grid', placeItems: 'center', minHeight: '100vh' }}>
      <Spin size="large" />
    </div>
  );
}

function LoadError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <Result
      status="warning"
      title={t('加载失败')}
      subTitle={error instanceof Error ? error.message : '无法连接服务器，请检查网络后重试'}
      extra={<Button type="primary" onClick={retry}>{t('重试')}</Button>}
    />
  );
}

/** setup status → who am I → (setup | login | forced password change | the shell). */
export function Boot() {
  const client = useQueryClient();
  const navigate = useNavigate();
  const status = useQuery({ queryKey: ['setup', 'status'], queryFn: () => get<{ done: boolean }>('/setup/status'), staleTime: Infinity });
  const meQuery = useQuery({ queryKey: ME_KEY, queryFn: loadMe, enabled: status.data?.done === true, staleTime: 60_000 });
  const me = meQuery.data;

  const session = useMemo<Session | null>(() => me ? {
    me,
    can: canFrom(me.permissions),
    refresh: async () => { await client.invalidateQueries({ queryKey: ME_KEY }); },
    signOut: async (everywhere) => {
      await signOut(client, everywhere);
      void navigate('/');
    },
  } : null, [me, client, navigate]);

  let page: ReactNode;
  if (status.isError) page = <LoadError error={status.error} retry={() => void status.refetch()} />;
  else if (!status.data) page = <FullPageSpin />;
  else if (!status.data.done) page = <SetupPage />;
  else if (meQuery.isError) page = <LoadError error={meQuery.error} retry={() => void meQuery.refetch()} />;
  else if (me === undefined) page = <FullPageSpin />;
  else if (me === null || !session) page = <LoginPage />;
  else if (me.mustChangePassword) page = <SessionContext.Provider value={session}><ForcedPasswordPage /></SessionContext.Provider>;
  else page = <SessionContext.Provider value={session}><Shell /></SessionContext.Provider>;

  return <Suspense fallback={<FullPageSpin />}>{page}</Suspense>;
}
