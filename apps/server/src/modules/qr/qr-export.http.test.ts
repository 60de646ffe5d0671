import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { type TwoSchools, startWithTwoSchools } from '../../../test/test-server.js';

describe('QR code export', () => {
  let w: TwoSchools;
  before(async () => { w = await startWithTwoSchools(); });
  after(async () => { await w.ts.close(); });

  it('exports the filtered code list of the own school only', async () => {
    const keeper = await w.ts.as('storekeeper');
    assert.equal((await keeper.post('/api/v1/qr-batches', { name: '2026 秋季标签', count: 5 })).status, 200);
    const other = await w.ts.as('b-sysadmin');
    assert.equal((await other.post('/api/v1/qr-batches', { name: '二实小标签', count: 3 })).status, 200);
    const res = await keeper.get('/api/v1/qr-codes/export.xlsx?linked=false');
    assert.equal(res.status, 200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.raw as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    assert.equal(ws.getRow(1).getCell(1).value, '编码');
    assert.equal(ws.rowCount, 6, 'header + the five codes of this school');
    assert.equal(ws.getRow(2).getCell(5).value, '未绑定');
    assert.equal((await (await w.ts.as('teacher')).get('/api/v1/qr-codes/export.xlsx')).status, 403);
    assert.equal((await w.ts.client().get('/api/v1/qr-codes/export.xlsx')).status, 401);
  });
});
