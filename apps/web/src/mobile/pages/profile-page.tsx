import { Button, List } from 'antd-mobile';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useMe, useSession } from '../app/session';
import { Dialog, Toast } from '../components/imperative';
import { Page } from '../components/page';
import { describeError } from '../lib/describe-error';

/** 我的: my account details and the session actions. */
export function ProfilePage() {
  const me = useMe();
  const { signOut } = useSession();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);

  const leave = async (everywhere: boolean) => {
    setBusy(true);
    try {
      // The login guard moves on to /m/login once the session is gone.
      await signOut(everywhere);
    } catch (err) {
      Toast.show({ content: describeError(err).message });
      setBusy(false);
    }
  };

  const confirmLeaveEverywhere = async () => {
    const ok = await Dialog.confirm({
      title: '退出所有设备',
      content: '将退出您在所有手机和电脑上的登录（包括本机），之后需要重新登录。',
      confirmText: '全部退出',
      cancelText: '取消',
    });
    if (ok) await leave(true);
  };

  const none = <span className="m-muted">未填写</span>;
  return (
    <Page title="我的">
      <div className="m-profile-head">
        <div className="m-avatar" aria-hidden="true">{me.name.slice(0, 1)}</div>
        <div>
          <div className="m-profile-name">{me.name}</div>
          <div className="m-muted">{me.roleLabels.join('、') || '未分配角色'}</div>
        </div>
      </div>
      <List header="个人信息" mode="card">
        <List.Item extra={me.name}>姓名</List.Item>
        <List.Item extra={me.staffNo}>工号</List.Item>
        <List.Item extra={me.phone ?? none}>手机号</List.Item>
        <List.Item extra={me.schoolName ?? none}>学校</List.Item>
        <List.Item extra={me.departmentName ?? <span className="m-muted">未分配</span>}>部门</List.Item>
        <List.Item extra={me.roleLabels.join('、') || none}>角色</List.Item>
      </List>
      <List header="账号与安全" mode="card">
        <List.Item onClick={() => navigate('/m/password')}>修改密码</List.Item>
        <List.Item onClick={() => void confirmLeaveEverywhere()} description="手机丢失或在别人电脑上登录过时使用">退出所有设备</List.Item>
        <List.Item onClick={() => window.location.assign('/')} description="台账、报表等管理功能请在电脑上使用">电脑版</List.Item>
      </List>
      <div className="m-pad">
        <Button block size="large" color="danger" fill="outline" loading={busy} onClick={() => void leave(false)}>退出登录</Button>
      </div>
    </Page>
  );
}
