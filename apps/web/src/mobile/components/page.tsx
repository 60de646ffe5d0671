import { NavBar } from 'antd-mobile';
import type { ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';

interface PageProps {
  title: ReactNode;
  /** Show the back arrow; where to go when the page was opened directly (no history to go back to). */
  backTo?: string;
  right?: ReactNode;
  children: ReactNode;
}

/** A phone page: title bar on top, scrolling content below. */
export function Page({ title, backTo, right, children }: PageProps) {
  const navigate = useNavigate();
  const location = useLocation();
  // 'default' is the key of the entry the visitor landed on: going back would leave the app.
  const onBack = backTo === undefined ? undefined : () => (location.key === 'default' ? navigate(backTo) : navigate(-1));
  return (
    <div className="m-page">
      <NavBar className="m-navbar" backIcon={backTo !== undefined} onBack={onBack} right={right}>
        {title}
      </NavBar>
      <div className="m-page-body">{children}</div>
    </div>
  );
}
