import type { Filters } from '../../lib/use-server-table';
import { useSession } from '../../lib/session';
import { DownloadButton } from './DownloadButton';

// The ledger takes the card list's filters but no paging or sort (it is every card, by number).
const LEDGER_KEYS = ['q', 'categoryId', 'roomId', 'custodianId', 'departmentId', 'status', 'fundingSource', 'accountingClass', 'batchNo', 'schoolId', 'asOf'];

/**
 * 导出台账 PDF for the 资产台账 page: the cards the list's filters select (pass the table's
 * `filters` as they are), on the books at `asOf` (default today), as the A4 landscape ledger with
 * totals and signature lines. Hidden without asset:print.
 */
export function LedgerPdfButton({ filters = {} }: { filters?: Filters }) {
  const { can } = useSession();
  if (!can('asset', 'print')) return null;
  const params: Record<string, string | number> = {};
  for (const key of LEDGER_KEYS) {
    const v = filters[key];
    if (typeof v === 'string' ? v.trim() !== '' : typeof v === 'number') params[key] = v as string | number;
  }
  return <DownloadButton kind="pdf" path="/asset-reports/ledger.pdf" params={params} filename="资产台账.pdf" label="导出台账 PDF" />;
}
