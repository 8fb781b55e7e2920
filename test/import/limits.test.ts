import { randomBytes } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseClaimRows, parseRosterRows, readTable, ROSTER_SPEC } from '../../src/main/import'
import { ID_A, ID_B, handZip, tempDir, validId, writeWorkbook } from './helpers'

const file = tempDir()

const refusal = (message: string): { code: string; message: string } => ({ code: 'invalid_input', message })

async function smallRoster(name: string): Promise<string> {
  return writeWorkbook(file(name), (sheet) => {
    sheet.addRow(['姓名', '身份证号', '部门'])
    sheet.addRow(['李四', ID_A, '心内科'])
  })
}

/** Offsets of the central-directory headers (signature PK\x01\x02). */
function centralHeaders(zip: Buffer): number[] {
  const offsets: number[] = []
  for (let i = zip.indexOf('PK\x01\x02'); i >= 0; i = zip.indexOf('PK\x01\x02', i + 4)) offsets.push(i)
  return offsets
}

function entryName(zip: Buffer, at: number): string {
  return zip.toString('utf8', at + 46, at + 46 + zip.readUInt16LE(at + 28))
}

const BOMB_MESSAGE = '工作簿解压后的内容异常巨大（疑似压缩炸弹或已损坏的文件），已拒绝导入'

describe('limits and files that are not what they claim', () => {
  it('asks for a legacy .xls to be saved as .xlsx', async () => {
    const path = file('old.xls')
    writeFileSync(path, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), randomBytes(4096)]))
    await expect(parseRosterRows(path)).rejects.toMatchObject(
      refusal('这是旧版 Excel（.xls）文件或设置了打开密码的工作簿，无法直接导入：请在 Excel 中另存为 .xlsx（如有打开密码请先取消）后再导入')
    )
  })

  it('refuses random bytes named .xlsx, named .csv, and with no extension, with a message not a stack', async () => {
    const bytes = Buffer.concat([Buffer.from([0x00, 0x01]), randomBytes(8192)])
    writeFileSync(file('random.xlsx'), bytes)
    writeFileSync(file('random.csv'), bytes)
    writeFileSync(file('random.bin'), bytes)
    await expect(parseRosterRows(file('random.xlsx'))).rejects.toMatchObject(
      refusal('文件不是有效的 .xlsx 工作簿（可能已损坏或只是改了扩展名），请在 Excel 中打开并另存为 .xlsx 后再导入')
    )
    await expect(parseRosterRows(file('random.csv'))).rejects.toMatchObject(refusal('文件不是文本格式的 CSV，请导入 Excel 工作簿（.xlsx）或 CSV 文件'))
    await expect(parseRosterRows(file('random.bin'))).rejects.toMatchObject(refusal('不支持的文件类型：请导入 Excel 工作簿（.xlsx）或 CSV 文件（.csv）'))
  })

  it('refuses an empty file and a truncated workbook', async () => {
    writeFileSync(file('empty.csv'), '')
    await expect(parseRosterRows(file('empty.csv'))).rejects.toMatchObject(refusal('文件是空的'))
    const whole = readFileSync(await smallRoster('whole.xlsx'))
    writeFileSync(file('truncated.xlsx'), whole.subarray(0, Math.floor(whole.length / 2)))
    await expect(parseRosterRows(file('truncated.xlsx'))).rejects.toMatchObject(
      refusal('文件不是有效的 .xlsx 工作簿（压缩结构已损坏），请在 Excel 中打开并重新保存后再导入')
    )
  })

  it('refuses a zip that is not a workbook (a .docx, say)', async () => {
    writeFileSync(file('letter.xlsx'), handZip([{ name: 'word/document.xml', data: Buffer.from('<w:document/>') }]))
    await expect(parseRosterRows(file('letter.xlsx'))).rejects.toMatchObject(refusal('文件不是 Excel 工作簿（.xlsx）：请确认选择的是 Excel 文件'))
  })

  it('stops a zip bomb by its declared size before decompressing anything', async () => {
    const zip = readFileSync(await smallRoster('real.xlsx'))
    const sheet = centralHeaders(zip).find((at) => entryName(zip, at) === 'xl/worksheets/sheet1.xml')
    if (sheet === undefined) throw new Error('no sheet entry')
    zip.writeUInt32LE(0xfffffff0, sheet + 24) // declares ~4 GB uncompressed
    writeFileSync(file('bomb.xlsx'), zip)
    await expect(parseRosterRows(file('bomb.xlsx'))).rejects.toMatchObject(refusal(BOMB_MESSAGE))
  })

  it('stops a zip bomb by its compression ratio even under the total', async () => {
    const data = Buffer.alloc(20 * 1024 * 1024, 0x20) // 20 MB of spaces deflates ~1000:1
    writeFileSync(file('ratio.xlsx'), handZip([{ name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') }, { name: 'xl/worksheets/sheet1.xml', data }]))
    await expect(parseRosterRows(file('ratio.xlsx'))).rejects.toMatchObject(refusal(BOMB_MESSAGE))
  })

  it('stops an entry that inflates beyond what it declared', async () => {
    const workbook = '<workbook><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>'
    const rels = '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>'
    writeFileSync(
      file('liar.xlsx'),
      handZip([
        { name: 'xl/workbook.xml', data: Buffer.from(workbook) },
        { name: 'xl/_rels/workbook.xml.rels', data: Buffer.from(rels) },
        { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(2 * 1024 * 1024, 0x20), declaredSize: 1000 }
      ])
    )
    await expect(parseRosterRows(file('liar.xlsx'))).rejects.toMatchObject(refusal(BOMB_MESSAGE))
  })

  it('refuses a zip with too many entries', async () => {
    const entries = Array.from({ length: 30 }, (_, i) => ({ name: `xl/media/image${i}.png`, data: Buffer.from('x') }))
    writeFileSync(file('many.xlsx'), handZip(entries))
    await expect(readTable(file('many.xlsx'), ROSTER_SPEC, { limits: { maxZipEntries: 20 } })).rejects.toMatchObject(
      refusal('工作簿内部文件过多（30 个，上限 20 个），不像正常的 Excel 文件，已拒绝导入')
    )
  })

  it('refuses a file over the size limit, saying how large it is', async () => {
    const path = await smallRoster('size.xlsx')
    await expect(parseRosterRows(path, { limits: { maxFileBytes: 1024 } })).rejects.toMatchObject({ code: 'invalid_input' })
    await expect(parseRosterRows(path, { limits: { maxFileBytes: 1024 } })).rejects.toThrow(/单个文件不能超过 0\.0 MB，请拆分后分批导入/)
  })

  it('refuses more rows than the limit, before parsing (dimension) and while reading (CSV)', async () => {
    const path = await writeWorkbook(file('rows.xlsx'), (sheet) => {
      sheet.addRow(['姓名', '身份证号', '部门'])
      for (let i = 0; i < 30; i++) sheet.addRow(['某', ID_A, '科'])
    })
    await expect(parseRosterRows(path, { limits: { maxRows: 5 } })).rejects.toMatchObject(refusal('数据超过 5 行的上限，请拆分成多个文件分批导入'))
    const csv = file('rows.csv')
    writeFileSync(csv, ['姓名,身份证号,部门', ...Array.from({ length: 30 }, () => `"某\n某",${ID_B},科`)].join('\n'))
    await expect(parseRosterRows(csv, { limits: { maxRows: 20 } })).rejects.toMatchObject(refusal('数据超过 20 行的上限，请拆分成多个文件分批导入'))
  })

  it('reads a 10 MB workbook streaming, reporting progress, and can be cancelled', async () => {
    const path = file('big.xlsx')
    const ids = Array.from({ length: 1000 }, (_, i) => validId(`43010219800101${String(i).padStart(3, '0')}`))
    const { default: ExcelJS } = await import('exceljs')
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false })
    const sheet = writer.addWorksheet('学时申报')
    sheet.addRow(['身份证号', '继续教育形式', '项目名称', '结束日期', '学时', '备注']).commit()
    let n = 0
    for (; n < 110_000; n++) {
      sheet.addRow([ids[n % ids.length], '网络课程', `课程 ${n} ${randomBytes(24).toString('hex')}`, '2026-05-20', (n % 40) + 1, randomBytes(24).toString('base64')]).commit()
    }
    sheet.commit()
    await writer.commit()
    const size = readFileSync(path).length
    expect(size).toBeGreaterThan(10 * 1024 * 1024)

    const progress: [number, number][] = []
    const result = await parseClaimRows(path, { onProgress: (done, total) => progress.push([done, total]) })
    expect(result.errors).toEqual([])
    expect(result.rows).toHaveLength(n)
    expect(result.rows[109_999]).toMatchObject({ rowNumber: 110_001, year: 2026, facts: { kind: 'online', statedHours: 400 } })
    expect(progress.length).toBeGreaterThan(100)
    expect(progress.at(-1)).toEqual([110_001, 110_001])

    const controller = new AbortController()
    const cancelled = parseClaimRows(path, { signal: controller.signal, onProgress: (done) => done > 5000 && controller.abort() })
    await expect(cancelled).rejects.toMatchObject({ code: 'cancelled', message: '已取消导入' })
  }, 120_000)
})
