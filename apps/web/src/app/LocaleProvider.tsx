import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { createContext, useContext, useState, type ReactNode } from 'react';
import { getLocale, setLocale, type Locale } from '../lib/i18n';

interface LocaleState { locale: Locale; switchTo: (locale: Locale) => void }
const LocaleContext = createContext<LocaleState>({ locale: 'zh-CN', switchTo: () => undefined });

export function useLocale(): LocaleState {
  return useContext(LocaleContext);
}

function applyDayjs(locale: Locale): void {
  dayjs.locale(locale === 'zh-CN' ? 'zh-cn' : 'en');
}
applyDayjs(getLocale());

/** antd, dayjs and our own t() switch together; the subtree remounts so every label is re-read. */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const [locale, setState] = useState<Locale>(getLocale());
  const switchTo = (next: Locale) => {
    setLocale(next);
    applyDayjs(next);
    document.documentElement.lang = next;
    setState(next);
  };
  return (
    <LocaleContext.Provider value={{ locale, switchTo }}>
      <ConfigProvider locale={locale === 'zh-CN' ? zhCN : enUS} theme={{ token: { colorPrimary: '#1677ff' } }}>
        <AntApp key={locale}>{children}</AntApp>
      </ConfigProvider>
    </LocaleContext.Provider>
  );
}
