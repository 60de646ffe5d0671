import { post, patch } from '../../lib/api';
import { useWrite } from '../../lib/use-write';

export interface User {
  id: number;
  staffNo: string;
  name: string;
  phone: string | null;
  departmentId: number | null;
  departmentName: string | null;
  roles: string[];
  roleLabels: string[];
  active: boolean;
  mustChangePassword: boolean;
  lastLoginAt: string | null;
  lockedUntil: string | null;
  version: number;
  abilities: { update: boolean; disable: boolean; enable: boolean; resetPassword: boolean };
}

export interface CreateUserBody { staffNo: string; name: string; phone?: string; departmentId?: number; roles: string[]; password?: string }
export interface ImportedUser { row: number; staffNo: string; name: string; temporaryPassword: string }

export const USERS_KEY = ['/users'];
const invalidate = [USERS_KEY, ['/departments']];

export function useUserWrites(onSecret: (who: string, secret: string, title: string) => void) {
  return {
    create: useWrite((body: CreateUserBody) => post<{ user: User; initialPassword?: string }>('/users', body), {
      invalidate,
      success: (r) => `已新建用户：${r.user.name}`,
      onSuccess: (r) => { if (r.initialPassword) onSecret(`${r.user.name}（工号 ${r.user.staffNo}）的初始密码：`, r.initialPassword, '初始密码'); },
    }),
    update: useWrite(({ id, body }: { id: number; body: Record<string, unknown> & { version: number } }) => patch<User>(`/users/${id}`, body), { invalidate, success: '已保存' }),
    setActive: useWrite((u: { user: User; active: boolean }) => post<User>(`/users/${u.user.id}/${u.active ? 'enable' : 'disable'}`, { version: u.user.version }), {
      invalidate, success: (_r, v) => (v.active ? `已启用：${v.user.name}` : `已停用：${v.user.name}，其所有设备已退出登录`),
    }),
    resetPassword: useWrite((u: User) => post<{ temporaryPassword: string }>(`/users/${u.id}/reset-password`, {}), {
      invalidate,
      onSuccess: (r, u) => onSecret(`${u.name}（工号 ${u.staffNo}）的临时密码：`, r.temporaryPassword, '密码已重置'),
    }),
  };
}
