/** Tables of the repairs module (报修 / 维修); filled in by its migration 2026-11-21-0100-repairs. */
export interface RepairTables {}
