import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { maskName } from './mask-name.js';

describe('maskName (报修公示)', () => {
  it('keeps the surname and hides the given name of 2–4 character names', () => {
    assert.equal(maskName('张三'), '张*');
    assert.equal(maskName('王小明'), '王**');
    assert.equal(maskName('李 四 '), '李*', 'stray spaces do not count as characters');
    assert.equal(maskName('爱新觉罗'), '爱***');
  });

  it('keeps both characters of a compound surname', () => {
    assert.equal(maskName('欧阳娜娜'), '欧阳**');
    assert.equal(maskName('司马光'), '司马*');
    assert.equal(maskName('欧阳'), '欧*', 'two characters are a surname and a given name');
  });

  it('shows nothing of a one-character name or an empty one', () => {
    assert.equal(maskName('王'), '*');
    assert.equal(maskName('   '), '*');
  });

  it('caps the stars, so a long name does not give its length away', () => {
    assert.equal(maskName('阿卜杜热合曼'), '阿***');
    assert.equal(maskName('买买提·艾力'), '买***');
  });

  it('keeps the initials of Latin names', () => {
    assert.equal(maskName('John Smith'), 'J*** S***');
    assert.equal(maskName('alice'), 'A***');
    assert.equal(maskName("Mary-Jane O'Neil"), 'M*** O***');
  });

  it('keeps only the first character of anything else', () => {
    assert.equal(maskName('Tom张'), 'T***');
    assert.equal(maskName('007'), '0**');
  });
});
