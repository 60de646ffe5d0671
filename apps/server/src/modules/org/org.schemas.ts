import { Type, type Static } from 'typebox';

const Nullable = <T extends ReturnType<typeof Type.String> | ReturnType<typeof Type.Integer>>(t: T) => Type.Union([t, Type.Null()]);
export const Abilities = Type.Object({ update: Type.Boolean(), delete: Type.Boolean() });
const Name = (title: string) => Type.String({ minLength: 1, maxLength: 60, title });
const Sort = Type.Integer({ minimum: 0, maximum: 9999, title: '排序' });
const Version = Type.Integer({ minimum: 1, title: '版本' });
const RefId = (title: string) => Type.Integer({ minimum: 1, maximum: 2147483647, title });

export const ListOf = <T extends ReturnType<typeof Type.Object>>(item: T) => Type.Object({ items: Type.Array(item) });

// 学校
export const School = Type.Object({
  id: Type.Integer(), name: Type.String(), code: Type.String(), timezone: Type.String(), address: Nullable(Type.String()),
  districtName: Nullable(Type.String()), version: Type.Integer(), abilities: Type.Object({ update: Type.Boolean() }),
});
export const UpdateSchool = Type.Object({
  version: Version,
  name: Type.Optional(Type.String({ minLength: 2, maxLength: 60, title: '学校名称' })),
  address: Type.Optional(Type.Union([Type.String({ maxLength: 200, title: '地址' }), Type.Null()])),
  timezone: Type.Optional(Type.String({ minLength: 3, maxLength: 64, title: '时区' })),
}, { additionalProperties: false });
export type UpdateSchool = Static<typeof UpdateSchool>;

// 校区
export const Campus = Type.Object({
  id: Type.Integer(), name: Type.String(), address: Nullable(Type.String()), sort: Type.Integer(), version: Type.Integer(),
  buildingCount: Type.Integer(), roomCount: Type.Integer(), abilities: Abilities,
});
export type Campus = Static<typeof Campus>;
export const CreateCampus = Type.Object({
  name: Name('校区名称'), address: Type.Optional(Type.String({ maxLength: 200, title: '地址' })), sort: Type.Optional(Sort),
}, { additionalProperties: false });
export type CreateCampus = Static<typeof CreateCampus>;
export const UpdateCampus = Type.Object({
  version: Version, name: Type.Optional(Name('校区名称')),
  address: Type.Optional(Type.Union([Type.String({ maxLength: 200, title: '地址' }), Type.Null()])), sort: Type.Optional(Sort),
}, { additionalProperties: false });
export type UpdateCampus = Static<typeof UpdateCampus>;

// 楼宇
export const Building = Type.Object({
  id: Type.Integer(), campusId: Type.Integer(), campusName: Type.String(), name: Type.String(), code: Nullable(Type.String()),
  floorsAbove: Type.Integer(), floorsBelow: Type.Integer(), sort: Type.Integer(), version: Type.Integer(), roomCount: Type.Integer(),
  abilities: Abilities,
});
export type Building = Static<typeof Building>;
const Floors = Type.Integer({ minimum: 1, maximum: 100, title: '地上层数' });
const Basement = Type.Integer({ minimum: 0, maximum: 10, title: '地下层数' });
const BuildingCode = Type.String({ maxLength: 20, title: '楼宇编号' });
export const CreateBuilding = Type.Object({
  campusId: RefId('校区'), name: Name('楼宇名称'), code: Type.Optional(BuildingCode), floorsAbove: Floors,
  floorsBelow: Type.Optional(Basement), sort: Type.Optional(Sort),
}, { additionalProperties: false });
export type CreateBuilding = Static<typeof CreateBuilding>;
export const UpdateBuilding = Type.Object({
  version: Version, campusId: Type.Optional(RefId('校区')), name: Type.Optional(Name('楼宇名称')),
  code: Type.Optional(Type.Union([BuildingCode, Type.Null()])), floorsAbove: Type.Optional(Floors), floorsBelow: Type.Optional(Basement),
  sort: Type.Optional(Sort),
}, { additionalProperties: false });
export type UpdateBuilding = Static<typeof UpdateBuilding>;
export const BuildingQuery = Type.Object({ campusId: Type.Optional(RefId('校区')), schoolId: Type.Optional(RefId('学校')) }, { additionalProperties: false });

// 部门
export const Department = Type.Object({
  id: Type.Integer(), name: Type.String(), leaderUserId: Nullable(Type.Integer()), leaderName: Nullable(Type.String()),
  sort: Type.Integer(), version: Type.Integer(), userCount: Type.Integer(), abilities: Abilities,
});
export type Department = Static<typeof Department>;
export const CreateDepartment = Type.Object({
  name: Name('部门名称'), leaderUserId: Type.Optional(RefId('负责人')), sort: Type.Optional(Sort),
}, { additionalProperties: false });
export type CreateDepartment = Static<typeof CreateDepartment>;
export const UpdateDepartment = Type.Object({
  version: Version, name: Type.Optional(Name('部门名称')), leaderUserId: Type.Optional(Type.Union([RefId('负责人'), Type.Null()])),
  sort: Type.Optional(Sort),
}, { additionalProperties: false });
export type UpdateDepartment = Static<typeof UpdateDepartment>;

// 年级、班级
export const SchoolClass = Type.Object({
  id: Type.Integer(), gradeId: Type.Integer(), name: Type.String(), headTeacherId: Nullable(Type.Integer()),
  headTeacherName: Nullable(Type.String()), roomId: Nullable(Type.Integer()), roomName: Nullable(Type.String()),
  version: Type.Integer(), abilities: Abilities,
});
export type SchoolClass = Static<typeof SchoolClass>;
export const Grade = Type.Object({
  id: Type.Integer(), name: Type.String(), sort: Type.Integer(), version: Type.Integer(), classes: Type.Array(SchoolClass), abilities: Abilities,
});
export type Grade = Static<typeof Grade>;
export const CreateGrade = Type.Object({ name: Name('年级名称'), sort: Type.Optional(Sort) }, { additionalProperties: false });
export type CreateGrade = Static<typeof CreateGrade>;
export const UpdateGrade = Type.Object({ version: Version, name: Type.Optional(Name('年级名称')), sort: Type.Optional(Sort) }, { additionalProperties: false });
export type UpdateGrade = Static<typeof UpdateGrade>;
export const CreateClass = Type.Object({
  gradeId: RefId('年级'), name: Name('班级名称'), headTeacherId: Type.Optional(RefId('班主任')), roomId: Type.Optional(RefId('教室')),
}, { additionalProperties: false });
export type CreateClass = Static<typeof CreateClass>;
export const UpdateClass = Type.Object({
  version: Version, gradeId: Type.Optional(RefId('年级')), name: Type.Optional(Name('班级名称')),
  headTeacherId: Type.Optional(Type.Union([RefId('班主任'), Type.Null()])), roomId: Type.Optional(Type.Union([RefId('教室'), Type.Null()])),
}, { additionalProperties: false });
export type UpdateClass = Static<typeof UpdateClass>;

// 组织树
export const OrgTree = Type.Object({
  campuses: Type.Array(Type.Object({
    id: Type.Integer(), name: Type.String(), roomCount: Type.Integer(),
    buildings: Type.Array(Type.Object({
      id: Type.Integer(), name: Type.String(), roomCount: Type.Integer(),
      floors: Type.Array(Type.Object({ floor: Nullable(Type.Integer()), roomCount: Type.Integer() })),
    })),
  })),
});
export type OrgTree = Static<typeof OrgTree>;
