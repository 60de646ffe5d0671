/**
 * A deliberately small dictionary: the Chinese text is the key, so the code reads in the
 * language the users speak and a missing English entry falls back to Chinese, never to a key.
 */
export type Locale = 'zh-CN' | 'en-US';

const STORAGE_KEY = 'houqin.locale';

const EN: Record<string, string> = {
  后勤管理: 'Houqin Logistics',
  首页: 'Home',
  学校信息: 'School',
  组织机构: 'Organisation',
  房间: 'Rooms',
  用户: 'Users',
  角色权限: 'Roles',
  校历: 'Calendar',
  二维码: 'QR codes',
  变更记录: 'Audit trail',
  学校: 'School',
  报修与维修: 'Repairs',
  校产: 'Property',
  系统: 'Administration',
  维修看板: 'Repairs dashboard',
  派单台: 'Dispatch board',
  报修单: 'Repair requests',
  报修设置: 'Repair settings',
  保养计划: 'Maintenance plans',
  个人中心: 'Profile',
  退出登录: 'Sign out',
  退出所有设备: 'Sign out everywhere',
  消息: 'Notifications',
  全部已读: 'Mark all read',
  标为已读: 'Mark read',
  暂无消息: 'No notifications',
  只看未读: 'Unread only',
  语言: 'Language',
  登录: 'Sign in',
  '工号或手机号': 'Staff no. or phone',
  密码: 'Password',
  学校代码: 'School code',
  修改密码: 'Change password',
  当前密码: 'Current password',
  新密码: 'New password',
  确认新密码: 'Confirm new password',
  '两次输入的新密码不一致': 'The passwords do not match',
  '密码至少 8 位，须同时包含字母和数字，且不能与工号或手机号相同': 'At least 8 characters with letters and digits, not your staff no. or phone',
  '首次登录或密码被重置后，请先修改密码': 'Please change your password before continuing',
  初始化: 'Set up',
  '系统初始化': 'First-time setup',
  学校名称: 'School name',
  时区: 'Time zone',
  地址: 'Address',
  '第一个管理员': 'First administrator',
  工号: 'Staff no.',
  姓名: 'Name',
  手机号: 'Phone',
  完成初始化: 'Finish setup',
  保存: 'Save',
  取消: 'Cancel',
  确定: 'OK',
  新建: 'New',
  编辑: 'Edit',
  删除: 'Delete',
  导出: 'Export',
  导入: 'Import',
  查看: 'View',
  操作: 'Actions',
  刷新: 'Refresh',
  启用: 'Enable',
  停用: 'Disable',
  状态: 'Status',
  备注: 'Note',
  '加载失败': 'Failed to load',
  重试: 'Retry',
  '已保存': 'Saved',
  '已删除': 'Deleted',
  我的信息: 'My info',
  部门: 'Department',
  角色: 'Roles',
  快捷入口: 'Shortcuts',
  '校产、安全巡查等模块即将上线': 'Assets, safety patrols and more are coming soon',
  校区: 'Campuses',
  楼宇: 'Buildings',
  年级班级: 'Grades & classes',
  基本信息: 'Details',
  附件: 'Attachments',
  工作时间: 'Working hours',
  '批量录入节假日': 'Enter holidays',
  '导出 Excel': 'Export Excel',
  '打印二维码标签': 'Print QR labels',
  批量新建: 'Batch create',
  '重置密码': 'Reset password',
  '恢复默认': 'Restore defaults',
  '数据范围': 'Data scope',
  '页面不存在': 'Page not found',
  '没有权限查看此页面': 'You may not view this page',
  返回首页: 'Back home',
  资产台账: 'Asset ledger', 我的资产: 'My assets', 资产分类: 'Asset categories', 折旧: 'Depreciation', 校产设置: 'Asset settings',
  工单: 'Work order', 检查记录: 'Checklist records', 资产卡片: 'Asset card', 责任清单: 'Custody list', 期初清点: 'Term-start check',
  调拨借用: 'Transfers & loans', 资产盘点: 'Stocktakes', 资产报表: 'Asset reports', 损坏赔偿: 'Damage & compensation', 报废报损: 'Disposals',
};

function initialLocale(): Locale {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en-US' ? 'en-US' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

let current: Locale = initialLocale();

export function getLocale(): Locale {
  return current;
}

/** Remembers the choice; the app remounts under the new locale so every t() re-reads it. */
export function setLocale(locale: Locale): void {
  current = locale;
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // private mode: the choice lasts for this page only
  }
}

/** Translates a Chinese UI string; `{name}` placeholders are filled from vars. */
export function t(zh: string, vars?: Record<string, string | number>): string {
  const text = current === 'en-US' ? EN[zh] ?? zh : zh;
  return vars ? text.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? '')) : text;
}
