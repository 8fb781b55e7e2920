/** 单位设置. */
export interface UnitSettings {
  unitName: string
  /** 经办人: written into the audit log with every change. */
  officerName: string
}
