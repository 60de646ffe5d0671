// Writes the benchmark's 50,000-row messy asset ledger (bench/assets-import.mjs) to the path given:
// `node --import tsx bench/assets-import-ledger.ts <out.xlsx> <rows> <places,…> <people,…>`.
import fs from 'node:fs';
import { generatedLedgerRows, messyLedger } from '../apps/server/src/modules/assets/import/messy-ledger.js';

const [out, count, places, people] = process.argv.slice(2);
if (!out || !count) throw new Error('usage: assets-import-ledger.ts <out.xlsx> <rows> <places,…> <people,…>');
const rows = generatedLedgerRows(Number(count), (places ?? '').split(',').filter(Boolean), (people ?? '').split(',').filter(Boolean));
const buf = await messyLedger(rows);
fs.writeFileSync(out, buf);
console.log(JSON.stringify({ bytes: buf.length, rows: Number(count) }));
