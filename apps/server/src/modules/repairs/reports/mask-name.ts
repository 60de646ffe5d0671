// Two-character surnames: their holders keep both characters, as people expect (欧阳**, not 欧***).
const COMPOUND_SURNAMES = new Set([
  '欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '夏侯', '令狐', '澹台', '端木',
  '轩辕', '呼延', '南宫', '西门', '独孤', '钟离', '百里', '东郭', '申屠', '闻人', '赫连', '拓跋', '万俟', '鲜于', '太史', '左丘',
]);

const LATIN = /^[A-Za-z][A-Za-z .'-]*$/;

/**
 * A requester's name as the public board shows it: the surname and one star per hidden character
 * (张*, 王**, 欧阳**). A one-character name is the whole name, so nothing of it is shown. Latin
 * names keep each word's initial (John Smith → J*** S***), with a fixed number of stars so the
 * length gives nothing away. Whatever else arrives (digits, mixed scripts) keeps only its first character.
 */
export function maskName(raw: string): string {
  const name = raw.trim().replace(/\s+/g, ' ');
  if (name === '') return '*';
  if (LATIN.test(name)) return name.split(' ').map((word) => `${word.charAt(0).toUpperCase()}***`).join(' ');
  // Chinese names carry no spaces; one typed in the middle is not a character of the name.
  const chars = [...name.replace(/ /g, '')];
  if (chars.length === 1) return '*';
  const surname = chars.length >= 3 && COMPOUND_SURNAMES.has(chars.slice(0, 2).join('')) ? chars.slice(0, 2).join('') : chars[0] ?? '';
  const hidden = Math.min(chars.length - [...surname].length, 3);
  return surname + '*'.repeat(Math.max(hidden, 1));
}
