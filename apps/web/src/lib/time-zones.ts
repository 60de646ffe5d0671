/** Zones a Chinese school (or an international school in China) would plausibly pick. */
export const TIME_ZONE_OPTIONS = [
  { value: 'Asia/Shanghai', label: 'Asia/Shanghai（北京时间）' },
  { value: 'Asia/Urumqi', label: 'Asia/Urumqi（乌鲁木齐时间）' },
  { value: 'Asia/Hong_Kong', label: 'Asia/Hong_Kong（香港）' },
  { value: 'Asia/Macau', label: 'Asia/Macau（澳门）' },
  { value: 'Asia/Taipei', label: 'Asia/Taipei（台北）' },
  { value: 'Asia/Tokyo', label: 'Asia/Tokyo' },
  { value: 'Asia/Singapore', label: 'Asia/Singapore' },
  { value: 'Europe/London', label: 'Europe/London' },
  { value: 'UTC', label: 'UTC' },
];
