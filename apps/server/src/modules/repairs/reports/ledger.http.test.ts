import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { ApiClient } from '../../../../test/api-client.js';
import { type TwoSchools, startWithTwoSchools } from '../../../../test/test-server.js';
import { localDate } from '../../../platform/calendar/time-zone.js';
import { makeRoom } from '../../qr/qr.fixtures.js';
import { categoryIdOf } from '../repairs.fixtures.js';

const pageCount = (pdf: Buffer): number => (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;

describe('repair reports: the monthly ledger PDF', () => {
  let w: TwoSchools;
  let head: ApiClient;
  const month = localDate(new Date(), 'Asia/Shanghai').slice(0, 7);

  before(async () => {
    w = await startWithTwoSchools();
    const db = w.ts.server.db;
    const room = await makeRoom(db, w.schoolA, { name: '三年级二班（东侧靠窗的多媒体教室）', buildingName: '教学楼', floor: 3 });
    const teacher = await w.ts.as('teacher');
    head = await w.ts.as('logistics_head');
    const power = await categoryIdOf(db, w.schoolA, '电');
    // Enough long reports to run over one page, so the header and page numbers repeat.
    for (let i = 1; i <= 24; i++) {
      const description = `第${i}处：教室后排日光灯闪烁，开关面板松动，插座有焦糊味，请尽快派人检修并检查整条线路是否老化`.repeat(i % 3 === 0 ? 2 : 1);
      const res = await teacher.post('/api/v1/repair-requests', { roomId: room, categoryId: power, description, urgency: 'urgent' });
      assert.equal(res.status, 200, JSON.stringify(res.body));
    }
  });
  after(async () => { await w.ts.close(); });

  it('prints the month as a multi-page PDF', async () => {
    const res = await head.get(`/api/v1/repair-reports/ledger.pdf?month=${month}`);
    assert.equal(res.status, 200, String(res.body));
    assert.equal(res.headers.get('content-type'), 'application/pdf');
    assert.match(res.headers.get('content-disposition') ?? '', /filename\*=UTF-8''/);
    assert.equal(res.raw.subarray(0, 5).toString('latin1'), '%PDF-');
    assert.ok(pageCount(res.raw) >= 2, `24 long rows take more than one page, got ${pageCount(res.raw)}`);
    // why: lets a developer look at the layout (pdftoppm) without a browser.
    if (process.env.LEDGER_PDF_OUT) fs.writeFileSync(process.env.LEDGER_PDF_OUT, res.raw);

    const empty = await head.get('/api/v1/repair-reports/ledger.pdf?month=2020-01');
    assert.equal(empty.status, 200);
    assert.equal(pageCount(empty.raw), 1, 'an empty month still prints its ruled header');
  });

  it('refuses the wrong people, other schools and bad months', async () => {
    assert.equal((await w.ts.client().get('/api/v1/repair-reports/ledger.pdf')).status, 401);
    assert.equal((await (await w.ts.as('teacher')).get('/api/v1/repair-reports/ledger.pdf')).status, 403);
    assert.equal((await head.get(`/api/v1/repair-reports/ledger.pdf?schoolId=${w.schoolB}`)).status, 404);
    for (const bad of ['2026-13', '2026-1', 'november']) {
      const res = await head.get<{ fields: { field: string }[] }>(`/api/v1/repair-reports/ledger.pdf?month=${bad}`);
      assert.equal(res.status, 400, bad);
      assert.equal(res.body.fields[0]?.field, 'month');
    }
    const inspector = await w.ts.as('inspector');
    assert.equal((await inspector.get(`/api/v1/repair-reports/ledger.pdf?schoolId=${w.schoolA}&month=${month}`)).status, 200);
  });
});
