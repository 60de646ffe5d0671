import dayjs from 'dayjs';

/** A stored UTC instant as the reader's local date and minute, or — when there is none. */
export const formatTime = (at: string | null | undefined): string => (at ? dayjs(at).format('YYYY-MM-DD HH:mm') : '—');
