import { ROLE_KEYS } from '@houqin/contracts';
import { Type, type Static } from 'typebox';
import { importReportOf } from '../../platform/excel/import-report.js';
import { PageQuery, pageOf, sortParam } from '../../platform/http/pagination.js';

export const STAFF_NO_PATTERN = '^[A-Za-z0-9_-]+$';
export const PHONE_PATTERN = '^1\\d{10}$';

const RoleKeyField = Type.Enum(ROLE_KEYS, { title: '角色' });
const RolesField = Type.Array(RoleKeyField, { minItems: 1, maxItems: ROLE_KEYS.length, uniqueItems: true, title: '角色' });
const StaffNo = Type.String({ minLength: 1, maxLength: 32, pattern: STAFF_NO_PATTERN, title: '工号' });
const Name = Type.String({ minLength: 1, maxLength: 40, title: '姓名' });
const Phone = Type.String({ pattern: PHONE_PATTERN, title: '手机号' });
const Password = Type.String({ minLength: 1, maxLength: 128, title: '密码' });
const Version = Type.Integer({ minimum: 1, title: '版本号' });

export const USER_SORTS = ['staffNo', 'name', 'lastLoginAt', 'createdAt'] as const;

export const UserListQuery = Type.Object({
  ...PageQuery,
  sort: sortParam(USER_SORTS),
  q: Type.Optional(Type.String({ maxLength: 64, title: '关键词（姓名、工号、手机号）' })),
  departmentId: Type.Optional(Type.Integer({ minimum: 1, title: '部门' })),
  role: Type.Optional(RoleKeyField),
  active: Type.Optional(Type.Boolean({ title: '是否启用' })),
});
export type UserListQuery = Static<typeof UserListQuery>;
export type UserFilters = Omit<UserListQuery, 'page' | 'pageSize'>;

export const UserIdParams = Type.Object({ id: Type.Integer({ minimum: 1, title: '用户' }) });

export const UserDto = Type.Object({
  id: Type.Integer(),
  staffNo: Type.String(),
  name: Type.String(),
  phone: Type.Union([Type.String(), Type.Null()]),
  departmentId: Type.Union([Type.Integer(), Type.Null()]),
  departmentName: Type.Union([Type.String(), Type.Null()]),
  roles: Type.Array(Type.String()),
  roleLabels: Type.Array(Type.String()),
  active: Type.Boolean(),
  mustChangePassword: Type.Boolean(),
  lastLoginAt: Type.Union([Type.String(), Type.Null()]),
  lockedUntil: Type.Union([Type.String(), Type.Null()]),
  version: Type.Integer(),
  abilities: Type.Object({
    update: Type.Boolean(),
    disable: Type.Boolean(),
    enable: Type.Boolean(),
    resetPassword: Type.Boolean(),
  }),
});
export type UserDto = Static<typeof UserDto>;

export const UserPage = pageOf(UserDto);

export const CreateUserBody = Type.Object(
  {
    staffNo: StaffNo,
    name: Name,
    phone: Type.Optional(Phone),
    departmentId: Type.Optional(Type.Integer({ minimum: 1, title: '部门' })),
    roles: RolesField,
    password: Type.Optional(Password),
  },
  { additionalProperties: false },
);
export type CreateUserBody = Static<typeof CreateUserBody>;

export const CreateUserResponse = Type.Object({
  user: UserDto,
  initialPassword: Type.Optional(Type.String({ title: '系统生成的初始密码（只显示这一次）' })),
});

export const UpdateUserBody = Type.Object(
  {
    version: Version,
    name: Type.Optional(Name),
    phone: Type.Optional(Type.Union([Phone, Type.Null()], { title: '手机号' })),
    departmentId: Type.Optional(Type.Union([Type.Integer({ minimum: 1 }), Type.Null()], { title: '部门' })),
    roles: Type.Optional(RolesField),
  },
  { additionalProperties: false },
);
export type UpdateUserBody = Static<typeof UpdateUserBody>;

export const VersionBody = Type.Object({ version: Version }, { additionalProperties: false });

export const ResetPasswordBody = Type.Object({ password: Type.Optional(Password) }, { additionalProperties: false });
export type ResetPasswordBody = Static<typeof ResetPasswordBody>;

export const ResetPasswordResponse = Type.Object({ temporaryPassword: Type.String({ title: '临时密码（只显示这一次）' }) });

export const UserImportReport = importReportOf(Type.Object({
  row: Type.Integer({ title: '行号' }),
  staffNo: Type.String(),
  name: Type.String(),
  temporaryPassword: Type.String({ title: '初始密码（只显示这一次）' }),
}));
export type UserImportReport = Static<typeof UserImportReport>;
