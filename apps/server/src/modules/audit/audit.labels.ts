import { DATA_SCOPE_LABELS, ROOM_TYPE_LABELS } from '@houqin/contracts';

/** Chinese names of audited entities; keys are the `entity` written by the write helpers. */
export const ENTITY_LABELS: Record<string, string> = {
  district: '教育局',
  school: '学校',
  campus: '校区',
  building: '楼宇',
  room: '房间',
  department: '部门',
  grade: '年级',
  class: '班级',
  user: '用户',
  session: '登录',
  role: '角色权限',
  role_setting: '角色权限',
  school_year: '学年',
  term: '学期',
  calendar: '校历',
  calendar_day: '节假日与调休',
  calendar_year: '校历年度',
  work_hours: '作息时间',
  qr_batch: '二维码批次',
  qr_code: '二维码',
  file: '附件',
  notification: '消息',
  checklist_template: '检查表',
  checklist_template_version: '检查表版本',
  checklist_result: '检查记录',
};

/** Chinese names of audit actions. */
export const ACTION_LABELS: Record<string, string> = {
  create: '新建',
  update: '修改',
  delete: '删除',
  login: '登录',
  login_failed: '登录失败',
  logout: '退出',
  logout_all: '退出所有设备',
  password_change: '修改密码',
  password_reset: '重置密码',
  roles: '角色变更',
  disable: '停用',
  enable: '启用',
  import: '导入',
  reset: '恢复默认',
  link: '绑定',
  relink: '改绑',
  unlink: '解绑',
  restore: '恢复',
  publish: '发布',
  archive: '停用',
  submit: '提交',
  raise_repair: '一键报修',
};

/** Chinese names of columns that show up in before/after snapshots. */
export const FIELD_LABELS: Record<string, string> = {
  name: '名称',
  code: '编号',
  timezone: '时区',
  address: '地址',
  district_id: '所属教育局',
  school_id: '学校',
  campus_id: '校区',
  building_id: '楼宇',
  floor: '楼层',
  floors_above: '地上层数',
  floors_below: '地下层数',
  room_type: '房间类型',
  capacity: '容纳人数',
  area_m2: '面积（平方米）',
  department_id: '部门',
  keeper_user_id: '管理人',
  leader_user_id: '负责人',
  head_teacher_id: '班主任',
  grade_id: '年级',
  room_id: '教室',
  note: '备注',
  active: '启用',
  sort: '排序',
  staff_no: '工号',
  phone: '手机号',
  must_change_password: '需修改密码',
  failed_login_count: '连续登录失败次数',
  locked_until: '锁定至',
  last_login_at: '最后登录时间',
  roles: '角色',
  data_scope: '数据范围',
  permissions: '权限',
  work_hours: '作息时间',
  start_date: '开始日期',
  end_date: '结束日期',
  week1_start: '第一周周一',
  date: '日期',
  kind: '类型',
  target_type: '绑定对象类型',
  target_id: '绑定对象',
  linked_at: '绑定时间',
  batch_id: '批次',
  original_name: '文件名',
  reason: '原因',
  failures: '失败次数',
  userAgent: '浏览器',
};

export function entityLabel(entity: string): string {
  return ENTITY_LABELS[entity] ?? entity;
}

export function actionLabel(action: string): string {
  return ACTION_LABELS[action] ?? action;
}

export function fieldLabel(field: string): string {
  return FIELD_LABELS[field] ?? field;
}

// Stored codes that people should read as words in the 变更记录 (e.g. room_type "classroom" → 教室).
const VALUE_LABELS: Record<string, Record<string, string>> = {
  room_type: { ...ROOM_TYPE_LABELS },
  data_scope: { ...DATA_SCOPE_LABELS },
  kind: { holiday: '放假', workday: '调休上班' },
};
const YES_NO_FIELDS = new Set(['active', 'must_change_password', 'photo_required', 'completion_photo_required']);

/** The value as the UI should show it: labelled codes and 是/否 flags; anything else unchanged. */
export function valueLabel(field: string, value: string | number | boolean | null): string | number | boolean | null {
  if (value === null) return null;
  if (YES_NO_FIELDS.has(field) && (value === 0 || value === 1 || typeof value === 'boolean')) return value === 1 || value === true ? '是' : '否';
  return VALUE_LABELS[field]?.[String(value)] ?? value;
}
