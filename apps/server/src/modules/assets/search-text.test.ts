import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { searchTextOf } from './assets.repository.js';

const card = (name: string, extra: { brand?: string; spec_model?: string; serial_no?: string } = {}) => ({ code: 'ZC20262010001', name, ...extra });

describe('asset search text', () => {
  it('holds the number, name, brand, model and serial, lower-cased', () => {
    const text = searchTextOf(card('Dell 台式机', { brand: 'DELL', spec_model: 'OptiPlex-7090', serial_no: 'SN-ABC' }));
    for (const part of ['zc20262010001', 'dell 台式机', 'optiplex-7090', 'sn-abc']) assert.ok(text.includes(part), `${part} in ${text}`);
  });

  it('adds the name\'s pinyin initials and full pinyin without tones', () => {
    assert.equal(searchTextOf(card('生物显微镜')), 'zc20262010001 生物显微镜 swxwj shengwuxianweijing');
  });

  it('reads polyphones by word: 重庆 chongqing, 银行 yinhang, 重量 zhongliang', () => {
    // pinyin-pro chooses a polyphone's reading from its word list, so the common reading wins.
    assert.ok(searchTextOf(card('重庆造篮球架')).includes('cqzlqj chongqingzaolanqiujia'));
    assert.ok(searchTextOf(card('银行卡读卡器')).includes('yhkdkq yinhangkadukaqi'));
    assert.ok(searchTextOf(card('电子重量秤')).includes('zhongliang'));
  });

  it('keeps letters and digits of a mixed name, drops punctuation, writes ü as v', () => {
    assert.ok(searchTextOf(card('3D打印机（A型）')).includes(' 3ddyjax 3ddayinjiaxing'));
    assert.ok(searchTextOf(card('绿色垃圾桶')).includes('lsljt lvselajitong'));
  });

  it('adds nothing for a name without Chinese', () => {
    assert.equal(searchTextOf(card('iPad Air')), 'zc20262010001 ipad air');
  });
});
