import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { importCellOf } from '../../../platform/excel/import-cells.js';
import type { SheetRow } from '../../../platform/excel/xlsx-stream.js';
import { columnLetter, detectLedgerHeader } from './ledger-header.js';
import { ledgerOptionsOf } from './ledger-options.js';

const row = (number: number, values: (string | number | null)[]): SheetRow => ({ number, cells: values.map((v) => importCellOf(v)) });

describe('ledger header detection', () => {
  it('skips title rows and suggests fields from Chinese header aliases', () => {
    const h = detectLedgerHeader([
      row(1, ['XX学校固定资产台账（2024年）']),
      row(2, ['填报单位：XX学校', null, null, '单位：元']),
      row(3, ['资产编码', '品名', '资产分类', '型号规格', '单位', '金额', '购买日期', '使用地点', '保管人', '部门', '资金来源', '序列号']),
      row(4, ['A001', '课桌', '学生课桌椅', null, '张', 380, '2019.9', null, null, null, null, null]),
    ]);
    assert.equal(h?.headerRow, 3);
    assert.deepEqual(Object.fromEntries(h?.mapping ?? []), {
      code: 0, name: 1, category: 2, specModel: 3, unit: 4, originalValueFen: 5, acquiredOn: 6, location: 7, custodian: 8, department: 9, fundingSource: 10, serialNo: 11,
    });
  });

  it('reads a two-row header with 原值 merged over 单价 and 金额, and prefers the template name when two columns mean the same', () => {
    const h = detectLedgerHeader([
      row(2, ['资产编号', '资产名称', '分类', '原值', null, '入账日期', '取得日期']),
      row(3, [null, null, null, '单价', '金额', null, null]),
      row(4, ['A1', '电脑', '2010000', 4999, 4999, '2019.9', '2019.9']),
    ]);
    assert.equal(h?.headerRow, 3);
    assert.equal(h?.headers.get(4), '原值/金额');
    assert.equal(h?.mapping.get('unitPriceFen'), 3);
    assert.equal(h?.mapping.get('originalValueFen'), 4);
    assert.equal(h?.mapping.get('acquiredOn'), 6);
  });

  it('takes a chosen header row as the header\'s last row, so the row the check reported for a two-row header reads the same', () => {
    const sheet = [
      row(1, ['XX学校固定资产台账']),
      row(2, ['资产编号', '资产名称', '分类', '原值', null, '取得日期']),
      row(3, [null, null, null, '单价', '金额', null]),
      row(4, ['A1', '电脑', '2010000', 4999, 4999, '2019.9']),
    ];
    const found = detectLedgerHeader(sheet);
    const chosen = detectLedgerHeader(sheet, found?.headerRow);
    assert.equal(chosen?.headerRow, 3);
    assert.deepEqual(Object.fromEntries(chosen?.mapping ?? []), Object.fromEntries(found?.mapping ?? []));
    assert.equal(detectLedgerHeader(sheet, 2)?.mapping.get('originalValueFen'), 4);
  });

  it('finds nothing in a sheet without known headers, and names columns as Excel does', () => {
    assert.equal(detectLedgerHeader([row(1, ['东西', '钱'])]), undefined);
    assert.deepEqual([0, 25, 26, 701, 702].map(columnLetter), ['A', 'Z', 'AA', 'ZZ', 'AAA']);
  });

  it('reads the import options and refuses bad ones with the field named', () => {
    assert.deepEqual(ledgerOptionsOf({}), { onError: 'abort' });
    const o = ledgerOptionsOf({ onError: 'skip', mapping: '{"name":2,"category":3,"note":null}', headerRow: '4' });
    assert.deepEqual([...(o.mapping ?? [])], [['name', 1], ['category', 2]]);
    assert.equal(o.headerRow, 4);
    assert.throws(() => ledgerOptionsOf({ mapping: '[1]' }), /JSON 对象/);
    assert.throws(() => ledgerOptionsOf({ mapping: '{"name":0}' }), /列号/);
    assert.throws(() => ledgerOptionsOf({ headerRow: '11' }), /表头行/);
  });
});
