import { type Static, Type } from 'typebox';
import { CHECKLIST_KINDS, TEMPLATE_STATUSES } from '../../platform/checklists/checklist-kinds.js';
import { PageQuery, pageOf, sortParam } from '../../platform/http/pagination.js';
import { ItemDto, ItemInputs, Nullable, VersionField } from './checklist-items.schemas.js';

const Name = Type.String({ minLength: 1, maxLength: 60, title: '检查表名称' });
const Kind = Type.Enum(CHECKLIST_KINDS, { title: '类别' });
const Description = Nullable(Type.String({ maxLength: 500, title: '说明' }), '说明');

export const TemplateAbilities = Type.Object({
  update: Type.Boolean(), publish: Type.Boolean(), archive: Type.Boolean(), restore: Type.Boolean(), delete: Type.Boolean(),
  /** May start a result on the latest version. */
  record: Type.Boolean(),
});

export const TemplateDto = Type.Object({
  id: Type.Integer(), schoolId: Type.Integer(), name: Type.String(), kind: Type.String(), kindLabel: Type.String(),
  description: Nullable(Type.String()), status: Type.String(), statusLabel: Type.String(),
  /** 0 until first published. */
  latestVersionNo: Type.Integer(),
  hasDraftChanges: Type.Boolean(),
  /** The working copy: what the next publication will contain. */
  items: Type.Array(ItemDto),
  itemCount: Type.Integer(), resultCount: Type.Integer(), archivedAt: Nullable(Type.String()),
  updatedAt: Type.String(), version: Type.Integer(), abilities: TemplateAbilities,
});
export type TemplateDto = Static<typeof TemplateDto>;
export const TemplatePage = pageOf(TemplateDto);

export const TEMPLATE_SORTS = ['name', 'kind', 'updatedAt'] as const;
export const TemplateListQuery = Type.Object({
  ...PageQuery,
  sort: sortParam(TEMPLATE_SORTS),
  q: Type.Optional(Type.String({ maxLength: 60, title: '关键词' })),
  kind: Type.Optional(Kind),
  status: Type.Optional(Type.Enum(TEMPLATE_STATUSES, { title: '状态' })),
}, { additionalProperties: false });
export type TemplateListQuery = Static<typeof TemplateListQuery>;

export const CreateTemplate = Type.Object({
  name: Name, kind: Kind, description: Type.Optional(Description), items: ItemInputs,
}, { additionalProperties: false });
export type CreateTemplate = Static<typeof CreateTemplate>;

export const UpdateTemplate = Type.Object({
  version: VersionField, name: Type.Optional(Name), kind: Type.Optional(Kind), description: Type.Optional(Description), items: Type.Optional(ItemInputs),
}, { additionalProperties: false });
export type UpdateTemplate = Static<typeof UpdateTemplate>;

export const VersionBody = Type.Object({ version: VersionField }, { additionalProperties: false });
export type VersionBody = Static<typeof VersionBody>;

export const TemplateVersionSummary = Type.Object({
  id: Type.Integer(), templateId: Type.Integer(), versionNo: Type.Integer(), name: Type.String(), kind: Type.String(), kindLabel: Type.String(),
  description: Nullable(Type.String()), itemCount: Type.Integer(), publishedAt: Type.String(), publishedById: Nullable(Type.Integer()),
  publishedByName: Nullable(Type.String()), isLatest: Type.Boolean(),
});
export const TemplateVersionDto = Type.Object({ ...TemplateVersionSummary.properties, items: Type.Array(ItemDto) });
export type TemplateVersionDto = Static<typeof TemplateVersionDto>;
export const TemplateVersionPage = pageOf(TemplateVersionSummary);

export const VersionListQuery = Type.Object({ ...PageQuery }, { additionalProperties: false });
export const VersionParams = Type.Object({
  id: Type.Integer({ minimum: 1, maximum: 2147483647, title: '编号' }),
  versionNo: Type.Integer({ minimum: 1, maximum: 2147483647, title: '版本号' }),
}, { additionalProperties: false });
