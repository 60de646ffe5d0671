import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AppError } from '../http/errors.js';
import { findCjkFont } from './pdf-font.js';

function errorOf(fn: () => unknown): AppError {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected an error');
}

describe('CJK font lookup', () => {
  it('names the Debian package when no font is installed', () => {
    const err = errorOf(() => findCjkFont({}, [{ path: '/nonexistent/font.ttc' }]));
    assert.equal(err.status, 503);
    assert.equal(err.code, 'PDF_FONT_MISSING');
    assert.match(err.message, /fonts-noto-cjk/);
  });

  it('lets HOUQIN_PDF_FONT override, and says when it points nowhere', () => {
    const err = errorOf(() => findCjkFont({ HOUQIN_PDF_FONT: '/nonexistent/my.ttf' }));
    assert.equal(err.status, 503);
    assert.match(err.message, /HOUQIN_PDF_FONT/);
    const chosen = findCjkFont({ HOUQIN_PDF_FONT: `${import.meta.filename}#SomeFace` });
    assert.deepEqual(chosen, { path: import.meta.filename, face: 'SomeFace' });
  });

  it('takes the first installed candidate', () => {
    const font = findCjkFont({}, [{ path: '/nonexistent/a.ttc', face: 'A' }, { path: import.meta.filename, face: 'B' }]);
    assert.equal(font.face, 'B');
  });
});
