import { Grid } from 'antd';

/** Phone-width screens (< 768 px), where fixed table columns would hide everything else. */
export function useIsMobile(): boolean {
  const screens = Grid.useBreakpoint();
  return !screens.md;
}
