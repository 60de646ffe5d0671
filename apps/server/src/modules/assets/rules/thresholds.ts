/**
 * 入账标准 (capitalisation threshold): an item whose unit value is below the threshold in force on
 * its acquisition date is a 低值耐用品 and is not depreciated (domain-rules.md §2.3). Rules carry an
 * effective date and optionally a category, since provinces and older rules differ (🔧 LOCAL).
 */
export interface ThresholdRule {
  /** A category code (the rule covers it and everything beneath it), or null for every category. */
  categoryCode: string | null;
  /** YYYY-MM-DD */
  effectiveFrom: string;
  amountFen: number;
}

/**
 * Defaults: ¥1,000 per unit, ¥1,500 for 专用设备 (门类 3), under 《事业单位财务规则》 财政部令第68号
 * (domain-rules.md §2.3, 🟡; its in-force date 2012-04-01 is ⚠️ from memory), then ¥1,000 for all
 * from 2022-03-01 under 令第108号 第四十一条 (🟡). Schools that still apply ¥1,500 to 专用设备 add a rule.
 */
export const DEFAULT_THRESHOLDS: readonly ThresholdRule[] = [
  { categoryCode: null, effectiveFrom: '2012-04-01', amountFen: 100_000 },
  { categoryCode: '3000000', effectiveFrom: '2012-04-01', amountFen: 150_000 },
  { categoryCode: null, effectiveFrom: '2022-03-01', amountFen: 100_000 },
];

/**
 * The threshold for an asset of the category whose code chain (itself first, then each parent) is
 * `codeChain`, acquired on `date`. The latest rule in force wins; on the same date, the rule for the
 * nearest category wins over a broader one. Before the earliest rule, the earliest applies (very
 * old ledgers are migration data). Null when no rule covers the category at all.
 */
export function thresholdFor(rules: readonly ThresholdRule[], codeChain: readonly string[], date: string): number | null {
  const covering = rules.filter((r) => r.categoryCode === null || codeChain.includes(r.categoryCode));
  if (covering.length === 0) return null;
  const depth = (r: ThresholdRule) => (r.categoryCode === null ? codeChain.length : codeChain.indexOf(r.categoryCode));
  const inForce = covering.filter((r) => r.effectiveFrom <= date);
  const pool = inForce.length > 0 ? inForce : covering.filter((r) => r.effectiveFrom === minDate(covering));
  const latest = pool.reduce((a, b) => (b.effectiveFrom > a.effectiveFrom ? b : a)).effectiveFrom;
  return pool.filter((r) => r.effectiveFrom === latest).reduce((a, b) => (depth(b) < depth(a) ? b : a)).amountFen;
}

function minDate(rules: readonly ThresholdRule[]): string {
  return rules.reduce((m, r) => (r.effectiveFrom < m ? r.effectiveFrom : m), rules[0]?.effectiveFrom ?? '');
}

/** 'fixed' when the unit value reaches the threshold (or no threshold applies), else 'low_value'. */
export function accountingClassOf(originalFen: number, quantity: number, threshold: number | null): 'fixed' | 'low_value' {
  if (threshold === null) return 'fixed';
  // Compare totals rather than dividing, so a lot of 3 at ¥999.99 each stays exact.
  return originalFen >= threshold * Math.max(1, quantity) ? 'fixed' : 'low_value';
}

/** Why a rule list is unusable, or null. */
export function thresholdProblem(rules: readonly ThresholdRule[]): { index: number; message: string } | null {
  const seen = new Set<string>();
  for (const [index, r] of rules.entries()) {
    const key = `${r.categoryCode ?? '*'}@${r.effectiveFrom}`;
    if (seen.has(key)) return { index, message: '同一分类、同一生效日期的入账标准只能有一条' };
    seen.add(key);
  }
  if (!rules.some((r) => r.categoryCode === null)) return { index: 0, message: '至少需要一条适用于全部分类的入账标准' };
  return null;
}
