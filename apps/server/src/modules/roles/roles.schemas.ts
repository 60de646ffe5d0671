import { DATA_SCOPES } from '@houqin/contracts';
import { Type, type Static } from 'typebox';

const KeyLabel = Type.Object({ key: Type.String(), label: Type.String() });

export const RoleKeyParams = Type.Object({ key: Type.String({ minLength: 1, maxLength: 32, title: '角色' }) });

export const RoleDto = Type.Object({
  key: Type.String(),
  label: Type.String(),
  dataScope: Type.String(),
  dataScopeLabel: Type.String(),
  permissions: Type.Array(Type.String()),
  /** 0 while the school uses the built-in default. */
  version: Type.Integer(),
  userCount: Type.Integer({ title: '启用的用户数' }),
  customised: Type.Boolean(),
  /** Data scopes this role may be given. */
  allowedDataScopes: Type.Array(Type.String()),
  abilities: Type.Object({ update: Type.Boolean(), reset: Type.Boolean() }),
});
export type RoleDto = Static<typeof RoleDto>;

export const RolesResponse = Type.Object({
  resources: Type.Array(KeyLabel),
  actions: Type.Array(KeyLabel),
  dataScopes: Type.Array(KeyLabel),
  roles: Type.Array(RoleDto),
});
export type RolesResponse = Static<typeof RolesResponse>;

export const UpdateRoleBody = Type.Object(
  {
    version: Type.Integer({ minimum: 0, title: '版本号' }),
    dataScope: Type.Enum(DATA_SCOPES, { title: '数据范围' }),
    permissions: Type.Array(Type.String({ maxLength: 40, title: '权限' }), { maxItems: 500, title: '权限' }),
  },
  { additionalProperties: false },
);
export type UpdateRoleBody = Static<typeof UpdateRoleBody>;

export const ResetRoleBody = Type.Object(
  { version: Type.Optional(Type.Integer({ minimum: 0, title: '版本号' })) },
  { additionalProperties: false },
);
export type ResetRoleBody = Static<typeof ResetRoleBody>;
