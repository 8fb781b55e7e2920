/** The audit log's entity and action names, as the officer reads them. */
export const ENTITY_LABEL: Record<string, string> = {
  employee: '人员',
  claim: '学时申报',
  import: '导入',
  settings: '单位设置',
  policy: '年度要求',
  database: '数据库'
}

export const ACTION_LABEL: Record<string, string> = {
  'employee.add': '添加人员',
  'employee.edit': '修改人员',
  'employee.delete': '删除人员',
  'employee.restore': '恢复人员',
  'employee.import': '导入人员',
  'claim.add': '添加申报',
  'claim.edit': '修改申报',
  'claim.delete': '删除申报',
  'claim.import': '导入申报',
  'claim.attach': '添加附件',
  'claim.detach': '删除附件',
  'claim.setEvidence': '修改已提供材料',
  'review.approve': '审核通过',
  'review.return': '退回',
  'review.reject': '不予认定',
  'review.override': '调整认定学时',
  'review.undo': '撤销审核',
  'import.batch': '导入文件',
  'import.undo': '撤销导入（单条）',
  'import.undoBatch': '撤销导入',
  'settings.update': '修改单位设置',
  'policy.set': '修改年度要求',
  'backup.export': '备份',
  'backup.restore': '从备份恢复'
}

export const labelOfAction = (a: string): string => ACTION_LABEL[a] ?? a
export const labelOfEntity = (e: string): string => ENTITY_LABEL[e] ?? e
