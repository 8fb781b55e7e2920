import type { ImportKind } from '../../../../shared/domain/batch'

export const IMPORT_KIND_LABEL: Record<ImportKind, string> = {
  roster: '人员名册',
  claims: '学时申报'
}

/** What the officer is told before choosing a file. */
export const IMPORT_KIND_HINT: Record<ImportKind, string> = {
  roster: '按身份证号匹配：名册中已有的人员更新信息，新的人员新增；表中没有的人员不会被删除。',
  claims: '每行一条申报，按身份证号对应名册中的人员（请先导入人员名册）；导入后的申报为“待审核”，重复的行不会重复导入。'
}
