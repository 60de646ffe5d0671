import { Type, type Static } from 'typebox';

export const LoginBody = Type.Object(
  {
    identifier: Type.String({ minLength: 1, maxLength: 64, title: '工号或手机号' }),
    password: Type.String({ minLength: 1, maxLength: 128, title: '密码' }),
    schoolCode: Type.Optional(Type.String({ minLength: 1, maxLength: 32, title: '学校代码' })),
  },
  { additionalProperties: false },
);
export type LoginBody = Static<typeof LoginBody>;

export const ChangePasswordBody = Type.Object(
  {
    currentPassword: Type.String({ minLength: 1, maxLength: 128, title: '当前密码' }),
    newPassword: Type.String({ minLength: 1, maxLength: 128, title: '新密码' }),
  },
  { additionalProperties: false },
);
export type ChangePasswordBody = Static<typeof ChangePasswordBody>;

export const Me = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  staffNo: Type.String(),
  phone: Type.Union([Type.String(), Type.Null()]),
  schoolId: Type.Union([Type.Integer(), Type.Null()]),
  schoolName: Type.Union([Type.String(), Type.Null()]),
  schoolTimezone: Type.String(),
  departmentName: Type.Union([Type.String(), Type.Null()]),
  roles: Type.Array(Type.String()),
  roleLabels: Type.Array(Type.String()),
  permissions: Type.Array(Type.String()),
  dataScope: Type.String(),
  mustChangePassword: Type.Boolean(),
  csrfToken: Type.String(),
  unreadNotifications: Type.Integer(),
});
export type Me = Static<typeof Me>;

export const OkResponse = Type.Object({ ok: Type.Boolean() });
