import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openSqlite, sqliteSynchronousOf } from './database.js';

describe('HOUQIN_SQLITE_SYNCHRONOUS', () => {
  it('defaults to normal and accepts full in any case', () => {
    assert.equal(sqliteSynchronousOf(undefined), 'normal');
    assert.equal(sqliteSynchronousOf(''), 'normal');
    assert.equal(sqliteSynchronousOf(' FULL '), 'full');
    assert.equal(sqliteSynchronousOf('Normal'), 'normal');
  });

  it('refuses anything else with a message naming the variable', () => {
    assert.throws(() => sqliteSynchronousOf('off'), /HOUQIN_SQLITE_SYNCHRONOUS/);
  });

  it('sets the pragma on the opened file', () => {
    // PRAGMA synchronous reads back 2 for FULL and 1 for NORMAL.
    const full = openSqlite(':memory:', 'full');
    const normal = openSqlite(':memory:', 'normal');
    try {
      assert.equal(full.pragma('synchronous', { simple: true }), 2);
      assert.equal(normal.pragma('synchronous', { simple: true }), 1);
    } finally {
      full.close();
      normal.close();
    }
  });
});
