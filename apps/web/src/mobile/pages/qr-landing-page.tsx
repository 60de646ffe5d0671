import { Button, Card, ErrorBlock, NoticeBar, Tag } from 'antd-mobile';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useSession } from '../app/session';
import { PinIcon, SchoolIcon } from '../components/icons';
import { LoadFailed, Loading } from '../components/load-state';
import { Page } from '../components/page';
import type { QrAction, QrResolution } from '../lib/api-types';
import { describeError } from '../lib/describe-error';
import { followHref } from '../lib/navigate-href';
import { loginUrl } from '../lib/safe-next';
import { useApi } from '../lib/use-api';

/** Where a scanned label lands: what it is attached to and what the visitor may do there. */
export function QrLandingPage() {
  const { code = '' } = useParams();
  const { me } = useSession();
  const result = useApi<QrResolution>(`/qr/resolve/${encodeURIComponent(code)}`);
  const homeLink = me ? <Link to="/m" className="m-navbar-link">首页</Link> : null;

  let body;
  if (result.status === 'loading') body = <Loading text="正在识别二维码…" />;
  else if (result.status === 'failed') {
    body = result.failure.kind === 'notFound'
      ? <UnknownCode code={code} />
      : <LoadFailed failure={result.failure} onRetry={result.reload} />;
  } else body = <Resolved qr={result.data} />;

  return (
    <Page title="扫码结果" right={homeLink}>
      {body}
    </Page>
  );
}

function Resolved({ qr }: { qr: QrResolution }) {
  const linked = qr.status === 'linked' && qr.target;
  return (
    <div className="m-stack">
      {linked && qr.target ? (
        <Card className="m-card m-target-card">
          <Tag color="primary" fill="outline" className="m-target-type">{qr.target.typeLabel}</Tag>
          <h1 className="m-target-name">{qr.target.name}</h1>
          {qr.target.location && <div className="m-meta-line"><PinIcon />{qr.target.location}</div>}
          <div className="m-meta-line"><SchoolIcon />{qr.schoolName}</div>
        </Card>
      ) : (
        <ErrorBlock
          className="m-error-block"
          status="empty"
          title="此二维码尚未绑定"
          description={
            <>
              <div>{qr.message ?? '此标签尚未绑定到房间或设备'}。</div>
              <div>所属学校：{qr.schoolName}</div>
              {qr.actions.length === 0 && <div>请联系学校后勤处绑定后再扫码。</div>}
            </>
          }
        />
      )}
      {linked && qr.message && <NoticeBar className="m-notice" color="info" wrap content={qr.message} />}
      <div className="m-actions">
        {qr.actions.map((a, i) => <ActionButton key={a.key} action={a} primary={i === 0} />)}
        {qr.loginRequired && <SignInButton qr={qr} />}
      </div>
      <div className="m-code-caption">二维码编号 {qr.code}</div>
    </div>
  );
}

function ActionButton({ action, primary }: { action: QrAction; primary: boolean }) {
  const navigate = useNavigate();
  return (
    <Button block size="large" color={primary ? 'primary' : 'default'} onClick={() => followHref(navigate, action.href)}>
      {action.label}
    </Button>
  );
}

/**
 * Anonymous visitors sign in and come back here. Someone signed in to another school (a label
 * from a neighbouring school) has to sign out first, or the login page would just bounce back.
 */
function SignInButton({ qr }: { qr: QrResolution }) {
  const navigate = useNavigate();
  const { me, signOut } = useSession();
  const [error, setError] = useState<string | null>(null);
  const back = loginUrl(`/q/${qr.code}`);
  if (!me) {
    // An asset label's stranger sees name, number and place; reporting its fault needs an account of the school.
    const label = qr.status !== 'linked' ? '登录' : qr.target?.type === 'asset' ? '报修（需登录）' : '登录后可报修/查看';
    return <Button block size="large" color="primary" onClick={() => navigate(back)}>{label}</Button>;
  }
  const switchAccount = async () => {
    try {
      await signOut(false);
      navigate(back);
    } catch (err) {
      setError(describeError(err).message);
    }
  };
  return (
    <>
      <Button block size="large" onClick={() => void switchAccount()}>换用该校账号登录</Button>
      {error && <div className="m-field-error" role="alert">{error}</div>}
    </>
  );
}

function UnknownCode({ code }: { code: string }) {
  const navigate = useNavigate();
  return (
    <ErrorBlock
      className="m-error-block"
      status="empty"
      title="未找到这个二维码"
      description={`编号“${code}”不属于本系统，可能不是学校后勤打印的标签，或编号输入有误。`}
    >
      <div className="m-actions">
        <Button block size="large" color="primary" onClick={() => navigate('/m/scan')}>重新扫码</Button>
        <Button block size="large" onClick={() => navigate('/m')}>回到首页</Button>
      </div>
    </ErrorBlock>
  );
}
