import { invalidField, platformError } from '../http/errors.js';

/** Defensive limits for every spreadsheet import. */
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024;
export const IMPORT_MAX_ROWS = 20_000;
export const IMPORT_MAX_COLUMNS = 200;
// why: a 10 MB upload can inflate to gigabytes (zip bomb); a genuine 20,000-row sheet is far below this.
const MAX_UNCOMPRESSED_BYTES = 150 * 1024 * 1024;

const ZIP_LOCAL_HEADER = 0x04034b50;
const ZIP_END_OF_DIRECTORY = 0x06054b50;
const ZIP_DIRECTORY_ENTRY = 0x02014b50;
const OLE2_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

const NOT_XLSX = '只支持 Excel 2007 及以上的 .xlsx 文件：CSV、.xls 或其他格式请先在 Excel / WPS 中「另存为」.xlsx 后再导入';

interface ZipEntry { name: string; uncompressedSize: number }

/** Reads the zip central directory without inflating anything. Undefined when it is not a readable zip. */
function zipEntries(buf: Buffer): ZipEntry[] | undefined {
  const searchFrom = Math.max(0, buf.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = buf.length - 22; i >= searchFrom; i--) {
    if (buf.readUInt32LE(i) === ZIP_END_OF_DIRECTORY) { eocd = i; break; }
  }
  if (eocd < 0) return undefined;
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== ZIP_DIRECTORY_ENTRY) return undefined;
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    // 0xFFFFFFFF means the real size sits in a ZIP64 field: counted as unbounded, no genuine import needs it.
    const size = buf.readUInt32LE(p + 24);
    entries.push({ name: buf.toString('utf8', p + 46, p + 46 + nameLength), uncompressedSize: size === 0xffffffff ? Infinity : size });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * Refuses anything that is not a plausible .xlsx before the spreadsheet library touches it:
 * over 10 MB → 413; renamed CSV / legacy .xls / other zip → 415; inflating past the cap → 413.
 */
export function assertXlsxUpload(buf: Buffer): void {
  if (buf.length === 0) throw invalidField('file', '上传的文件是空的');
  if (buf.length > IMPORT_MAX_BYTES) throw platformError('PAYLOAD_TOO_LARGE', '文件超过 10 MB：请删除无关的工作表或拆分成几个文件分批导入');
  if (buf.length >= 8 && buf.subarray(0, 8).equals(OLE2_MAGIC)) {
    throw platformError('UNSUPPORTED_MEDIA_TYPE', '这是旧版 Excel（.xls）文件：请在 Excel / WPS 中「另存为」.xlsx 格式后再导入');
  }
  if (buf.length < 4 || buf.readUInt32LE(0) !== ZIP_LOCAL_HEADER) throw platformError('UNSUPPORTED_MEDIA_TYPE', NOT_XLSX);
  const entries = zipEntries(buf);
  if (!entries || !entries.some((e) => e.name === 'xl/workbook.xml')) {
    throw platformError('UNSUPPORTED_MEDIA_TYPE', `文件已损坏或不是 Excel 工作簿。${NOT_XLSX}`);
  }
  const inflated = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (inflated > MAX_UNCOMPRESSED_BYTES) throw platformError('PAYLOAD_TOO_LARGE', '文件解压后内容过大：请删除无关的工作表、图片或格式后再导入');
}
