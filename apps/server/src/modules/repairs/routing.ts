/** A 派单规则 as the matcher sees it; null fields match anything. */
export interface RoutingRule {
  id: number;
  categoryId: number | null;
  campusId: number | null;
  buildingId: number | null;
  teamId: number | null;
  assigneeId: number | null;
  sort: number;
  active: boolean;
}

export interface RoutingInput { categoryId: number; campusId: number | null; buildingId: number | null }

// The trade matters more than the place: "水 → 水电组" beats "教学楼 → 李师傅" for a leak in 教学楼.
const weight = (r: RoutingRule): number => (r.categoryId !== null ? 4 : 0) + (r.buildingId !== null ? 2 : 0) + (r.campusId !== null ? 1 : 0);

/**
 * The rule that routes a request: the most specific active rule whose every set field matches,
 * ties broken by sort order then age. Undefined means the request lands on the dispatch board.
 */
export function matchRoutingRule(rules: readonly RoutingRule[], input: RoutingInput): RoutingRule | undefined {
  const matches = rules.filter((r) => r.active
    && (r.teamId !== null || r.assigneeId !== null)
    && (r.categoryId === null || r.categoryId === input.categoryId)
    && (r.buildingId === null || r.buildingId === input.buildingId)
    && (r.campusId === null || r.campusId === input.campusId));
  return matches.sort((a, b) => weight(b) - weight(a) || a.sort - b.sort || a.id - b.id)[0];
}
