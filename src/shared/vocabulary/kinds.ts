/** The 18 kinds of continuing education (继续教育形式): id, canonical label, synonyms users type. */
export const KINDS = [
  { id: 'training', label: '培训班', synonyms: ['研修班', '进修班', '培训班/研修班/进修班', '培训', '研修', '进修'] },
  { id: 'practice', label: '实践活动', synonyms: ['继续教育实践活动'] },
  { id: 'online', label: '网络课程', synonyms: ['远程教育', '网络平台专业课程', '网络平台远程教育', '网络培训'] },
  { id: 'conference', label: '学术会议', synonyms: ['研讨会', '研讨', '讲座', '学术交流', '访问', '交流', '会议'] },
  { id: 'project', label: '课题项目', synonyms: ['课题研究', '项目开发', '课题研究与项目开发', '课题'] },
  { id: 'book', label: '出版著作', synonyms: ['译作', '教材', '著作', '出版著作/译作/教材'] },
  { id: 'paper', label: '发表论文', synonyms: ['论文'] },
  { id: 'invention', label: '发明专利', synonyms: ['国家发明专利'] },
  { id: 'utilityModel', label: '实用新型专利', synonyms: ['国家实用新型专利'] },
  { id: 'award', label: '科技奖项', synonyms: ['社科奖项', '科技(社科)奖项', '科技（社科）奖项', '科技奖', '社科奖'] },
  { id: 'skillContest', label: '技能大赛', synonyms: ['职业技能大赛'] },
  { id: 'sanyuan', label: '三援', synonyms: ['援藏', '援疆', '援外', '“三援”'] },
  { id: 'expertService', label: '专家服务基层', synonyms: [] },
  { id: 'publicHealth', label: '公共卫生防控', synonyms: ['公共卫生事件防控一线', '公共卫生事件防控'] },
  { id: 'degree', label: '学历教育', synonyms: ['学位教育', '学历(学位)教育', '学历（学位）教育'] },
  { id: 'qualificationExam', label: '职业资格考试', synonyms: ['专业技术人员职业资格考试'] },
  { id: 'digitalExam', label: '数字技术考试', synonyms: ['数字技术应用能力水平考试'] },
  { id: 'overseas', label: '海外交换', synonyms: ['海外交流', '海外交换(交流)', '海外交换（交流）'] }
] as const satisfies readonly { id: string; label: string; synonyms: readonly string[] }[]

export type KindId = (typeof KINDS)[number]['id']
export const KIND_IDS = KINDS.map((k) => k.id) as readonly KindId[]
