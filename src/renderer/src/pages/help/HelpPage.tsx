import { Alert, Card, Col, Row, Typography } from 'antd'
import { ShortcutList } from '../../components/ShortcutList'
import { PageHeader } from '../../components/PageHeader'
import { Procedure } from './Procedure'

/**
 * The seed's 附件3 (湖南省继续教育学时网上核认操作指南) only names its two QR codes (the guide and
 * the video) and its two ends; the steps below are the general flow of each end, marked as an
 * overview, and point to the QR codes of the official notice for the authoritative guide.
 */
const PERSONAL_STEPS = [
  { title: '登录平台', content: '登录湖南省专业技术人员继续教育平台（个人端）。' },
  { title: '申报学时', content: '按继续教育形式逐项填写学习内容、时间和申报学时。' },
  { title: '上传材料', content: '上传培训通知、签到表、结业证书、获奖证书等证明材料（见《继续教育学时折算细则》）。' },
  { title: '提交单位', content: '提交给所在单位审核，留意被退回时按要求补充材料后重新提交。' }
]

const UNIT_STEPS = [
  { title: '审核申报', content: '单位人事部门（单位端）逐条查看本单位人员的申报和材料。' },
  { title: '通过或退回', content: '材料齐全、学时折算正确的予以通过；不齐全的退回补充，不符合规定的不予认定。' },
  { title: '年度核认', content: '年度结束前对本单位人员的全年学时进行核认，确认是否达到年度要求。' },
  { title: '上报', content: '按主管部门要求提交年度核认结果。' }
]

const PROGRAM_STEPS = [
  { title: '收集申报', content: '收集本单位人员的学时申报和证明材料（可用“学时申报模板”统一收集）。' },
  { title: '导入或录入', content: '在“人员名册”导入名册和学时申报表，或在“学时申报”页直接录入、粘贴。' },
  { title: '审核', content: '在“审核”页逐条核对材料与折算学时，键盘操作通过、退回或不予认定。' },
  { title: '导出年度汇总', content: '在“年度汇总”导出年度学时汇总表，对照填报或上传到省平台单位端。' },
  { title: '打印证明', content: '导出单位年度核认报告和每人的学时证明、学时认定单，签字存档。' }
]

/** 帮助: the province's online verification in outline, where this program fits, shortcuts. */
export function HelpPage() {
  return (
    <>
      <PageHeader title="帮助" subTitle="学时网上核认流程与本程序的用法" />
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 16 }}
        title="以下个人端、单位端步骤为概述，不是官方操作指南"
        description="《湖南省继续教育学时网上核认操作指南》（通知附件3）以二维码形式提供操作指南文件和操作视频。具体的页面、按钮和时限请扫描正式通知中的二维码，以官方指南为准。"
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card title="个人端（专业技术人员）— 概述" size="small" style={{ height: '100%' }}>
            <Procedure steps={PERSONAL_STEPS} />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title="单位端（单位人事部门）— 概述" size="small" style={{ height: '100%' }}>
            <Procedure steps={UNIT_STEPS} />
          </Card>
        </Col>
        <Col span={24}>
          <Card title="本程序在单位端工作中的位置" size="small">
            <Typography.Paragraph type="secondary">
              本程序在本机帮助人事干部完成单位端的整理和核对工作：按《继续教育学时折算细则》自动折算学时、检查材料是否齐全、统计达标情况。它不连接省平台，网上核认仍需在平台上完成。
            </Typography.Paragraph>
            <Procedure steps={PROGRAM_STEPS} horizontal />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title="键盘快捷键" size="small">
            <ShortcutList />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title="常见问题" size="small">
            <Typography.Paragraph>
              <Typography.Text strong>身份证号末几位变成 0？</Typography.Text>
              Excel 把长数字当作数值保存会丢失末位。请将身份证号列设为“文本”格式后重新输入，模板中已设置好。
            </Typography.Paragraph>
            <Typography.Paragraph>
              <Typography.Text strong>导入出错怎么办？</Typography.Text>
              导入前程序会先检查整个文件，有错误时一行也不写入，并列出每处错误的行和列，可下载“错误说明”表逐行修改。
            </Typography.Paragraph>
            <Typography.Paragraph style={{ marginBottom: 0 }}>
              <Typography.Text strong>导入错了能撤销吗？</Typography.Text>
              可以。在“人员名册 → 导入记录”中可撤销整批导入；建议大批操作前在“设置 → 数据与备份”中先备份。
            </Typography.Paragraph>
          </Card>
        </Col>
      </Row>
    </>
  )
}
