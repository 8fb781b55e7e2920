/**
 * Evidence names (材料): the short canonical form users see, with the seed's long forms and
 * common variants as synonyms (加盖单位公章的派出通知 = 派出通知).
 */
export const EVIDENCE = [
  { name: '培训通知', synonyms: [] },
  { name: '培训课程表', synonyms: ['课程表'] },
  { name: '培训日程安排', synonyms: ['日程安排', '日程表'] },
  { name: '培训签到表', synonyms: ['签到表'] },
  { name: '其他签到形式', synonyms: ['其他签到', '签到记录'] },
  { name: '结业证书', synonyms: ['结业证', '邀请方颁发的结业证书', '培训证书'] },
  { name: '实践活动通知', synonyms: [] },
  { name: '派出通知', synonyms: ['加盖单位公章的派出通知'] },
  { name: '实践报名表', synonyms: ['报名表'] },
  { name: '实践活动日志', synonyms: ['活动日志', '实践日志'] },
  { name: '课程时长', synonyms: ['学时证明'] },
  { name: '课程内容', synonyms: [] },
  { name: '邀请函', synonyms: ['邀请函或通知'] },
  { name: '会议通知', synonyms: [] },
  { name: '参会回执', synonyms: ['加盖公章的参会回执'] },
  { name: '学习笔记', synonyms: ['学习笔记等资料', '笔记'] },
  { name: '会议通讯录', synonyms: ['通讯录'] },
  { name: '邮件回执', synonyms: [] },
  { name: '财务报账单', synonyms: ['报账单', '财务报销单'] },
  { name: '其他辅证材料', synonyms: ['辅证材料', '其他辅证'] },
  { name: '结题证明', synonyms: ['结题(项)证明', '结题（项）证明', '结项证明', '结题证明材料'] },
  { name: '著作封面', synonyms: ['封面', '含作者名字的著作封面'] },
  { name: '版权页', synonyms: [] },
  { name: '目录', synonyms: ['目录复印件', '含论文标题和作者姓名的目录'] },
  { name: '刊物封面', synonyms: ['期刊封面'] },
  { name: '刊号', synonyms: ['统一刊号'] },
  { name: '专利证书', synonyms: [] },
  { name: '获奖证书', synonyms: ['奖励证书'] },
  { name: '派遣通知', synonyms: ['派遣文件'] },
  { name: '考核表', synonyms: ['考核材料'] },
  { name: '成绩单', synonyms: ['课程成绩单', '考试成绩单', '学习课程成绩单'] },
  { name: '合格证书', synonyms: [] },
  { name: '回执', synonyms: [] },
  { name: '学习资料', synonyms: [] }
] as const satisfies readonly { name: string; synonyms: readonly string[] }[]

export type EvidenceName = (typeof EVIDENCE)[number]['name']
export const EVIDENCE_NAMES = EVIDENCE.map((e) => e.name) as readonly EvidenceName[]
