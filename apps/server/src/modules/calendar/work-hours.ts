/** Working periods per weekday (0 = Sunday), as "HH:mm" pairs in the school's time zone. */
export type WorkHours = Record<string, [string, string][]>;

export const DEFAULT_WORK_HOURS: WorkHours = {
  '0': [],
  '1': [['08:00', '12:00'], ['13:30', '17:30']],
  '2': [['08:00', '12:00'], ['13:30', '17:30']],
  '3': [['08:00', '12:00'], ['13:30', '17:30']],
  '4': [['08:00', '12:00'], ['13:30', '17:30']],
  '5': [['08:00', '12:00'], ['13:30', '17:30']],
  '6': [],
};

/** Hours used on a make-up working day (调休上班) that falls on a weekend. */
export const MAKEUP_DAY_WEEKDAY = '1';

export function parseWorkHours(json: string): WorkHours {
  const parsed: unknown = JSON.parse(json);
  return typeof parsed === 'object' && parsed !== null ? (parsed as WorkHours) : DEFAULT_WORK_HOURS;
}
