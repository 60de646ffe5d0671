import { invalidField } from '../../platform/http/errors.js';
import type { AssetSettings } from './asset-defaults.js';
import { type CategoryNode, effectiveLifeMonths, isDepreciable } from './categories.repository.js';
import { startMonthOf } from './rules/depreciation.js';
import { accountingClassOf, thresholdFor } from './rules/thresholds.js';

export interface CardValueInput {
  originalValueFen: number;
  quantity: number;
  valueType: string;
  acquiredOn: string;
  accountedOn: string | null;
  lifeMonths?: number | undefined;
  accountingClass?: 'fixed' | 'low_value' | undefined;
  openingDepMonths?: number | undefined;
  openingAccumulatedFen?: number | undefined;
}

export interface CardAccounting {
  accounting_class: string;
  depreciation_method: string;
  life_months: number;
  dep_start_month: string | null;
  opening_dep_months: number;
  opening_accumulated_fen: number;
}

/**
 * How a card is booked: 固定资产 or 低值耐用品 by the threshold in force on its acquisition date
 * (or the user's explicit choice for a batch of similar items), depreciated straight-line over the
 * given life or the category's default, unless the category or a nominal value rules it out. The
 * plan starts in the month the card was recorded in the books (入账日期, else the acquisition date).
 */
export function cardAccountingOf(chain: readonly CategoryNode[], settings: AssetSettings, v: CardValueInput): CardAccounting {
  const threshold = thresholdFor(settings.thresholds, chain.map((c) => c.code), v.acquiredOn);
  const accountingClass = v.accountingClass ?? accountingClassOf(v.originalValueFen, v.quantity, threshold);
  // 名义金额 (¥1 for donated items of unknown value) is never depreciated (§2.4).
  const depreciates = accountingClass === 'fixed' && isDepreciable(chain) && v.valueType !== 'nominal' && v.originalValueFen > 0;
  const life = v.lifeMonths ?? effectiveLifeMonths(chain);
  if (depreciates && life === null) throw invalidField('lifeMonths', '该分类没有默认折旧年限，请填写「折旧年限（月）」或选择更细的分类');
  const lifeMonths = life ?? 0;
  const openingMonths = v.openingDepMonths ?? 0;
  const openingFen = v.openingAccumulatedFen ?? 0;
  if (depreciates && openingMonths > lifeMonths) throw invalidField('openingDepMonths', '「已提折旧月数」不能超过折旧年限');
  if (openingFen > v.originalValueFen) throw invalidField('openingAccumulatedFen', '「已提累计折旧」不能超过原值');
  if (!depreciates && (openingMonths > 0 || openingFen > 0)) throw invalidField('openingAccumulatedFen', '该资产不计提折旧，不能填写已提折旧');
  return {
    accounting_class: accountingClass,
    depreciation_method: depreciates ? 'straight_line' : 'none',
    life_months: lifeMonths,
    dep_start_month: depreciates ? startMonthOf(v.accountedOn ?? v.acquiredOn, settings.depreciationStart) : null,
    opening_dep_months: depreciates ? openingMonths : 0,
    opening_accumulated_fen: depreciates ? openingFen : 0,
  };
}
