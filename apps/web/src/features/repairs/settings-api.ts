import { useQuery } from '@tanstack/react-query';
import { get, itemsOf, put } from '../../lib/api';
import { useCrudWrites, useWrite } from '../../lib/use-write';
import type { RepairSettings, RoutingRule } from './repairs-api';

export const SETTINGS_KEY = ['/repair-settings'];

/** The settings with the public board (报修公示): on or off, and the board's address path. */
export interface BoardSettings extends RepairSettings { publicBoard: boolean; publicBoardPath: string }

export function useRepairSettings() {
  return useQuery({ queryKey: SETTINGS_KEY, queryFn: () => get<BoardSettings>('/repair-settings') });
}
export function useRoutingRules() {
  return useQuery({ queryKey: ['/repair-routing-rules'], queryFn: () => get<{ items: RoutingRule[] }>('/repair-routing-rules'), select: (d) => itemsOf(d) });
}

export function useSettingsWrite() {
  return useWrite((body: Partial<Omit<BoardSettings, 'abilities' | 'photoRuleLabel' | 'publicBoardPath'>> & { version: number }) => put<BoardSettings>('/repair-settings', body),
    { invalidate: [SETTINGS_KEY], success: '已保存报修设置' });
}

/**
 * Create / update / delete for one settings list. Rules show category and team names, and the
 * dispatch pickers list teams, so every settings list refreshes together.
 */
export function useSettingsCrud<C>(path: string, label: string) {
  return useCrudWrites<C>(path, label, [['/repair-categories'], ['/repair-teams'], ['/repair-routing-rules'], ['/repair-contractors'], ['/work-orders/technicians']]);
}
