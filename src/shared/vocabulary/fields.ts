/** Enumerated claim fields: id, canonical label, synonyms. */
export const CATEGORIES = [
  { id: 'public', label: '公需科目', synonyms: ['公需'] },
  { id: 'professional', label: '专业科目', synonyms: ['专业'] }
] as const
export type Category = (typeof CATEGORIES)[number]['id']

export const LEVELS = [
  { id: 'provincialOrAbove', label: '省部级及以上', synonyms: ['省部级', '省(部)级以上', '省（部）级以上', '省部级以上'] },
  { id: 'municipal', label: '市厅级', synonyms: ['市(厅)级', '市（厅）级', '市级', '厅级'] },
  { id: 'international', label: '国际级', synonyms: ['国际'] },
  { id: 'national', label: '国家级', synonyms: ['国家'] },
  { id: 'provincial', label: '省级', synonyms: [] }
] as const
export type Level = (typeof LEVELS)[number]['id']

export const ROLES = [
  { id: 'host', label: '主持人', synonyms: ['主持'] },
  { id: 'mainContributor', label: '主要完成人', synonyms: [] },
  { id: 'participant', label: '其他参与人', synonyms: ['参与人', '参与'] },
  { id: 'soleAuthor', label: '独立作者', synonyms: ['独著', '独立'] },
  { id: 'firstAuthor', label: '第一作者', synonyms: [] },
  { id: 'correspondingAuthor', label: '通讯作者', synonyms: [] },
  { id: 'otherAuthor', label: '其他作者', synonyms: [] },
  { id: 'onSite', label: '现场', synonyms: ['现场服务'] },
  { id: 'online', label: '线上', synonyms: ['线上服务', '在线'] }
] as const
export type Role = (typeof ROLES)[number]['id']

export const GRADES = [
  { id: 'first', label: '一等奖', synonyms: ['一等'] },
  { id: 'second', label: '二等奖', synonyms: ['二等'] },
  { id: 'third', label: '三等奖', synonyms: ['三等'] },
  { id: 'gold', label: '金奖', synonyms: ['金牌'] },
  { id: 'silver', label: '银奖', synonyms: ['银牌'] },
  { id: 'bronze', label: '铜奖', synonyms: ['铜牌'] }
] as const
export type Grade = (typeof GRADES)[number]['id']

export const ASSESSMENTS = [
  { id: 'pass', label: '合格', synonyms: ['通过', '考核合格'] },
  { id: 'fail', label: '不合格', synonyms: ['未通过', '考核不合格'] }
] as const
export type Assessment = (typeof ASSESSMENTS)[number]['id']
