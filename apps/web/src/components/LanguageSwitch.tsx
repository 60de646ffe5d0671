import { GlobalOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { useLocale } from '../app/LocaleProvider';
import type { Locale } from '../lib/i18n';

const LABELS: Record<Locale, string> = { 'zh-CN': '中文', 'en-US': 'English' };

export function LanguageSwitch() {
  const { locale, switchTo } = useLocale();
  return (
    <Dropdown
      menu={{
        selectedKeys: [locale],
        items: (Object.keys(LABELS) as Locale[]).map((key) => ({ key, label: LABELS[key] })),
        onClick: ({ key }) => switchTo(key as Locale),
      }}
    >
      <Button type="text" icon={<GlobalOutlined />} aria-label="语言 / Language">{LABELS[locale]}</Button>
    </Dropdown>
  );
}
