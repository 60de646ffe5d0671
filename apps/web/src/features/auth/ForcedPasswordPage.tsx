import { Button } from 'antd';
import { t } from '../../lib/i18n';
import { useSession } from '../../lib/session';
import { AuthCard } from './AuthCard';
import { ChangePasswordForm } from './ChangePasswordForm';

/** Shown instead of everything else until a first-login or reset password is replaced. */
export function ForcedPasswordPage() {
  const { me, refresh, signOut } = useSession();
  return (
    <AuthCard title={t('修改密码')} subtitle={`${me.name}（${me.staffNo}），${t('首次登录或密码被重置后，请先修改密码')}`}>
      <ChangePasswordForm onDone={() => void refresh()} />
      <Button type="link" style={{ paddingLeft: 0, marginTop: 8 }} onClick={() => void signOut()}>{t('退出登录')}</Button>
    </AuthCard>
  );
}
