import type { Rule } from 'antd/es/form';
import { t } from '../../lib/i18n';

export const PASSWORD_RULE_TEXT = '密码至少 8 位，须同时包含字母和数字，且不能与工号或手机号相同';

/** Mirrors the server's rule for quick feedback; the server still has the last word. */
export const passwordRules: Rule[] = [
  { required: true, message: '请输入密码' },
  { min: 8, message: '密码至少 8 位' },
  { max: 64, message: '密码不能超过 64 位' },
  { pattern: /^(?=.*[A-Za-z])(?=.*\d)/, message: '密码必须同时包含字母和数字' },
];

export function confirmRule(field: string | string[]): Rule {
  return ({ getFieldValue }) => ({
    validator: (_, value) => (!value || getFieldValue(field) === value ? Promise.resolve() : Promise.reject(new Error(t('两次输入的新密码不一致')))),
  });
}
