/**
 * Asset targets of 保养计划, created by migration 2026-11-21-0210-maintenance-asset-targets.
 * A plan of target type `assets` lists its cards; one of type `asset_category` names one category
 * (its sub-categories included when the job runs).
 */
export interface MaintenancePlanAssetTable { plan_id: number; school_id: number; asset_id: number }

export interface MaintenancePlanAssetCategoryTable { plan_id: number; school_id: number; category_id: number }

export interface MaintenanceAssetTables {
  maintenance_plan_assets: MaintenancePlanAssetTable;
  maintenance_plan_asset_categories: MaintenancePlanAssetCategoryTable;
}
