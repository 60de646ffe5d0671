import { useQuery } from '@tanstack/react-query';
import { get, post, put } from '../../lib/api';
import { useWrite } from '../../lib/use-write';

export interface Option { key: string; label: string }
export interface RoleSetting { key: string; label: string; dataScope: string; permissions: string[]; version: number; userCount: number; customised: boolean }
export interface RolesAnswer { resources: Option[]; actions: Option[]; dataScopes: Option[]; roles: RoleSetting[] }

const KEY = ['/roles'];

export const useRoles = () => useQuery({ queryKey: KEY, queryFn: () => get<RolesAnswer>('/roles') });

export function useRoleWrites() {
  return {
    save: useWrite(({ key, ...body }: { key: string; version: number; dataScope: string; permissions: string[] }) => put<RoleSetting>(`/roles/${key}`, body), {
      invalidate: [KEY], success: '已保存。该角色的用户下次操作时即按新权限生效',
    }),
    reset: useWrite((key: string) => post<RoleSetting>(`/roles/${key}/reset`), { invalidate: [KEY], success: '已恢复为系统默认权限' }),
  };
}
