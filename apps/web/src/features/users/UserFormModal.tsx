import { ProFormSelect, ProFormText } from '@ant-design/pro-components';
import { Col, Row } from 'antd';
import { ROLE_KEYS, ROLE_LABELS } from '@houqin/contracts';
import { FormModal } from '../../components/FormModal';
import { PASSWORD_RULE_TEXT } from '../auth/password-rule';
import { useDepartments } from '../org/org-api';
import type { useUserWrites, User } from './users-api';

interface Values extends Record<string, unknown> { staffNo: string; name: string; phone?: string; departmentId?: number | null; roles: string[]; password?: string }

export const ROLE_OPTIONS = ROLE_KEYS.map((k) => ({ value: k, label: ROLE_LABELS[k] }));

/** New user (with an optional password; otherwise the server makes one) or edit one. */
export function UserFormModal({ user, open, onClose, writes }: {
  user: User | null; open: boolean; onClose: () => void; writes: ReturnType<typeof useUserWrites>;
}) {
  const departments = useDepartments(open);
  return (
    <FormModal<Values>
      title={user ? `编辑用户：${user.name}` : '新建用户'}
      open={open}
      width={640}
      formKey={user ? `u${user.id}v${user.version}` : 'new'}
      onClose={onClose}
      initialValues={user
        ? { staffNo: user.staffNo, name: user.name, phone: user.phone ?? '', departmentId: user.departmentId, roles: user.roles }
        : { roles: ['teacher'] }}
      onSubmit={(v, form) => user
        ? writes.update.submit({ id: user.id, body: { version: user.version, name: v.name.trim(), phone: v.phone?.trim() || null, departmentId: v.departmentId ?? null, roles: v.roles } }, form)
        : writes.create.submit({
          staffNo: v.staffNo.trim(), name: v.name.trim(), roles: v.roles,
          ...(v.phone?.trim() ? { phone: v.phone.trim() } : {}), ...(v.departmentId ? { departmentId: v.departmentId } : {}), ...(v.password ? { password: v.password } : {}),
        }, form)}
    >
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <ProFormText name="staffNo" label="工号" disabled={!!user} tooltip={user ? '工号创建后不能修改' : undefined}
            rules={[{ required: true, message: '请填写工号' }, { pattern: /^[A-Za-z0-9_-]+$/, message: '工号只能包含字母、数字、- 或 _' }]} fieldProps={{ maxLength: 32 }} />
        </Col>
        <Col xs={24} sm={12}>
          <ProFormText name="name" label="姓名" rules={[{ required: true, message: '请填写姓名' }]} fieldProps={{ maxLength: 40 }} />
        </Col>
        <Col xs={24} sm={12}>
          <ProFormText name="phone" label="手机号" tooltip="填写后可用手机号登录" rules={[{ pattern: /^1\d{10}$/, message: '请填写 11 位手机号' }]} fieldProps={{ maxLength: 11 }} />
        </Col>
        <Col xs={24} sm={12}>
          <ProFormSelect name="departmentId" label="部门" options={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))} />
        </Col>
        <Col span={24}>
          <ProFormSelect name="roles" label="角色" mode="multiple" options={ROLE_OPTIONS} rules={[{ required: true, message: '至少选择一个角色' }]}
            tooltip="角色决定能看到哪些菜单、能做哪些操作，可在「角色权限」中调整" />
        </Col>
        {user ? null : (
          <Col span={24}>
            <ProFormText.Password name="password" label="初始密码" placeholder="留空则由系统生成，保存后显示一次"
              extra={PASSWORD_RULE_TEXT + '。对方首次登录时须修改密码。'} fieldProps={{ autoComplete: 'new-password' }} />
          </Col>
        )}
      </Row>
    </FormModal>
  );
}
