import { Type, type Static } from 'typebox';

export const SetupStatus = Type.Object({ done: Type.Boolean() });

export const SetupBody = Type.Object(
  {
    school: Type.Object(
      {
        name: Type.String({ minLength: 2, maxLength: 60, title: '学校名称' }),
        code: Type.String({ minLength: 2, maxLength: 32, pattern: '^[A-Za-z0-9_-]+$', title: '学校代码' }),
        timezone: Type.Optional(Type.String({ minLength: 3, maxLength: 64, title: '时区' })),
        address: Type.Optional(Type.String({ maxLength: 200, title: '地址' })),
      },
      { additionalProperties: false, title: '学校' },
    ),
    admin: Type.Object(
      {
        staffNo: Type.String({ minLength: 1, maxLength: 32, pattern: '^[A-Za-z0-9_-]+$', title: '工号' }),
        name: Type.String({ minLength: 1, maxLength: 40, title: '姓名' }),
        phone: Type.Optional(Type.String({ pattern: '^1\\d{10}$', title: '手机号' })),
        password: Type.String({ minLength: 1, maxLength: 128, title: '密码' }),
      },
      { additionalProperties: false, title: '管理员' },
    ),
  },
  { additionalProperties: false },
);
export type SetupBody = Static<typeof SetupBody>;
