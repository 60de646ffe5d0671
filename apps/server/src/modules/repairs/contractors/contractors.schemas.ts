import { Type, type Static } from 'typebox';
import { CreateUserBody } from '../../users/users.schemas.js';
import { N, RefId, Version } from '../repairs.schemas.js';

const Name = Type.String({ minLength: 1, maxLength: 60, title: '单位名称' });
const ContactName = Type.String({ maxLength: 30, title: '联系人' });
const Phone = Type.String({ maxLength: 30, title: '联系电话' });
const LicenceNote = Type.String({ maxLength: 500, title: '合同/资质说明' });
const CategoryIds = Type.Array(RefId('承接分类'), { maxItems: 50, uniqueItems: true, title: '承接分类' });

export const CreateContractor = Type.Object({
  name: Name,
  contactName: Type.Optional(ContactName),
  phone: Type.Optional(Phone),
  categoryIds: Type.Optional(CategoryIds),
  licenceNote: Type.Optional(LicenceNote),
}, { additionalProperties: false });
export type CreateContractor = Static<typeof CreateContractor>;

export const UpdateContractor = Type.Object({
  version: Version,
  name: Type.Optional(Name),
  contactName: Type.Optional(N(ContactName)),
  phone: Type.Optional(N(Phone)),
  categoryIds: Type.Optional(CategoryIds),
  licenceNote: Type.Optional(N(LicenceNote)),
  active: Type.Optional(Type.Boolean({ title: '启用' })),
}, { additionalProperties: false });
export type UpdateContractor = Static<typeof UpdateContractor>;

export const ContractorListQuery = Type.Object({
  active: Type.Optional(Type.Boolean({ title: '只看启用的' })),
}, { additionalProperties: false });

/** A contractor worker's login: the users module's own fields, without roles (always 外包维修人员) or department. */
const u = CreateUserBody.properties;
export const CreateContractorAccount = Type.Object({
  staffNo: u.staffNo, name: u.name, phone: u.phone, password: u.password,
}, { additionalProperties: false });
export type CreateContractorAccount = Static<typeof CreateContractorAccount>;

export const ContractorAccountDto = Type.Object({
  id: Type.Integer(), staffNo: Type.String(), name: Type.String(), phone: N(Type.String()), active: Type.Boolean(), lastLoginAt: N(Type.String()),
});

export const ContractorDto = Type.Object({
  id: Type.Integer(), name: Type.String(), contactName: N(Type.String()), phone: N(Type.String()), licenceNote: N(Type.String()),
  active: Type.Boolean(), categories: Type.Array(Type.Object({ id: Type.Integer(), name: Type.String() })),
  accounts: Type.Array(ContractorAccountDto),
  /** 委外 jobs still in its hands (待接单 … 已暂停) */
  openCount: Type.Integer(),
  version: Type.Integer(),
  abilities: Type.Object({ update: Type.Boolean(), delete: Type.Boolean(), addAccount: Type.Boolean() }),
});
export type ContractorDto = Static<typeof ContractorDto>;

export const ContractorList = Type.Object({ items: Type.Array(ContractorDto) });

export const CreateContractorAccountResponse = Type.Object({
  contractor: ContractorDto,
  account: ContractorAccountDto,
  initialPassword: Type.Optional(Type.String({ title: '系统生成的初始密码（只显示这一次）' })),
});

export const OutsourceBody = Type.Object({
  version: Version,
  contractorId: RefId('外包单位'),
  quoteFen: Type.Optional(Type.Integer({ minimum: 0, maximum: 1000000000, title: '报价（分）' })),
  note: Type.Optional(Type.String({ maxLength: 200, title: '委外说明' })),
}, { additionalProperties: false });
export type OutsourceBody = Static<typeof OutsourceBody>;
