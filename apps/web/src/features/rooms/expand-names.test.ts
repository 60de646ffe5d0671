import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expandRoomNames } from './expand-names';

test('expands numeric ranges and keeps single names', () => {
  assert.deepEqual(expandRoomNames('101-103, 105、多媒体教室'), ['101', '102', '103', '105', '多媒体教室']);
});

test('keeps prefix and zero padding', () => {
  assert.deepEqual(expandRoomNames('B01-B03'), ['B01', 'B02', 'B03']);
  assert.deepEqual(expandRoomNames('A201-203'), ['A201', 'A202', 'A203']);
});

test('rejects reversed ranges and duplicates with a message naming the piece', () => {
  assert.throws(() => expandRoomNames('110-101'), /「110-101」结束号小于开始号/);
  assert.throws(() => expandRoomNames('101-103 102'), /「102」重复了/);
  assert.throws(() => expandRoomNames('1-500'), /最多 200/);
});
