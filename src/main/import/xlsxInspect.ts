import { AppError } from '../../shared/errors'
import { HELP_SHEET } from './columns'
import { RATIO_CHECK_MIN_BYTES, type ImportLimits } from './limits'
import { openZipEntry, readZipDirectory, type ZipEntry } from './zip'

/**
 * Everything learnt about an .xlsx before its rows are read: the limits are enforced on the
 * declared sizes and then on the actual decompressed bytes (a zip may lie about its sizes),
 * the data sheet is chosen, and its merged ranges and dimension are read — they come after
 * the rows in the sheet XML, too late to fill merged values down while streaming.
 */
export interface XlsxInfo {
  /** Name of the sheet to read: the first sheet, skipping the template's help sheet. */
  sheetName: string
  /** The zip entries the reader opens. */
  parts: { sheet: ZipEntry; sharedStrings?: ZipEntry; styles?: ZipEntry }
  /** workbook.xml's <workbookPr date1904="1">: serials count from 1904-01-01. */
  date1904: boolean
  /** Last row of the sheet's declared dimension, 0 when absent (used for progress and the row limit). */
  lastRow: number
  merges: MergeRange[]
}

/** A merged range, 1-based rows and columns. */
export interface MergeRange {
  top: number
  left: number
  bottom: number
  right: number
}

const MAX_XML_PART_BYTES = 8 * 1024 * 1024

const notWorkbook = (): AppError => new AppError('invalid_input', '文件不是 Excel 工作簿（.xlsx）：请确认选择的是 Excel 文件')
const bomb = (): AppError =>
  new AppError('invalid_input', '工作簿解压后的内容异常巨大（疑似压缩炸弹或已损坏的文件），已拒绝导入')

export async function inspectXlsx(path: string, fileSize: number, limits: ImportLimits): Promise<XlsxInfo> {
  const entries = await readZipDirectory(path, fileSize, limits.maxZipEntries)
  checkDeclaredSizes(entries, limits)
  const byName = new Map(entries.map((e) => [e.name, e]))
  const workbookEntry = byName.get('xl/workbook.xml')
  if (!workbookEntry) throw notWorkbook()
  const book = await readWorkbookParts(path, workbookEntry, byName.get('xl/_rels/workbook.xml.rels'))
  const sheetEntry = byName.get(book.sheetPath)
  if (!sheetEntry) throw new AppError('invalid_input', `工作簿中找不到工作表「${book.sheetName}」，请在 Excel 中重新保存后再导入`)
  const parts = { sheet: sheetEntry, sharedStrings: byName.get(book.sharedStringsPath), styles: byName.get(book.stylesPath) }
  let info: XlsxInfo | undefined
  let total = 0
  for (const entry of entries) {
    if (entry.name.endsWith('/')) continue
    const isSheet = entry === sheetEntry
    const scan = isSheet ? new SheetScanner() : undefined
    total += await inflateChecked(path, entry, limits.maxUncompressedBytes - total, scan && ((chunk) => scan.push(chunk)))
    scan?.end()
    if (scan) info = { sheetName: book.sheetName, parts, date1904: book.date1904, lastRow: scan.lastRow, merges: scan.merges }
  }
  if (!info) throw notWorkbook()
  return info
}

function checkDeclaredSizes(entries: readonly ZipEntry[], limits: ImportLimits): void {
  let total = 0
  for (const entry of entries) {
    total += entry.uncompressedSize
    const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1)
    if (total > limits.maxUncompressedBytes) throw bomb()
    if (entry.uncompressedSize >= RATIO_CHECK_MIN_BYTES && ratio > limits.maxCompressionRatio) throw bomb()
  }
}

/** Inflates one entry, counting bytes; refuses as soon as it exceeds its declared size or the budget. */
async function inflateChecked(path: string, entry: ZipEntry, budget: number, onChunk?: (chunk: Buffer) => void): Promise<number> {
  const stream = await openZipEntry(path, entry)
  let size = 0
  try {
    for await (const chunk of stream) {
      if (!(chunk instanceof Buffer)) continue
      size += chunk.length
      if (size > entry.uncompressedSize || size > budget) throw bomb()
      onChunk?.(chunk)
    }
  } catch (e) {
    if (e instanceof AppError) throw e
    throw new AppError('invalid_input', '工作簿已损坏（解压失败），请在 Excel 中打开并重新保存后再导入')
  } finally {
    stream.destroy()
  }
  if (size !== entry.uncompressedSize) {
    throw new AppError('invalid_input', '工作簿已损坏（内部文件大小不符），请在 Excel 中打开并重新保存后再导入')
  }
  return size
}

async function readXmlPart(path: string, entry: ZipEntry): Promise<string> {
  if (entry.uncompressedSize > MAX_XML_PART_BYTES) throw bomb()
  const chunks: Buffer[] = []
  await inflateChecked(path, entry, MAX_XML_PART_BYTES, (chunk) => chunks.push(chunk))
  return Buffer.concat(chunks).toString('utf8')
}

const decodeXml = (text: string): string =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_m, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_m, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&amp;/g, '&')

const attribute = (tag: string, name: string): string | undefined => {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag)
  return match?.[1] === undefined ? undefined : decodeXml(match[1])
}

interface WorkbookParts {
  sheetName: string
  sheetPath: string
  sharedStringsPath: string
  stylesPath: string
  date1904: boolean
}

/** The sheet to read (workbook order, the help sheet and hidden sheets skipped) and the parts its cells refer to. */
async function readWorkbookParts(path: string, workbook: ZipEntry, rels: ZipEntry | undefined): Promise<WorkbookParts> {
  const xml = await readXmlPart(path, workbook)
  const sheets = [...xml.matchAll(/<(?:\w+:)?sheet\s[^>]*>/g)].map((m) => ({
    name: attribute(m[0], 'name') ?? '',
    relId: attribute(m[0], '(?:\\w+:)?id') ?? '',
    hidden: (attribute(m[0], 'state') ?? 'visible') !== 'visible'
  }))
  const sheet = sheets.find((s) => !s.hidden && s.name !== HELP_SHEET) ?? sheets[0]
  if (!sheet || !rels) throw notWorkbook()
  const properties = /<(?:\w+:)?workbookPr\s[^>]*>/.exec(xml)?.[0]
  const date1904 = ['1', 'true'].includes(properties ? (attribute(properties, 'date1904') ?? '') : '')
  const relsXml = await readXmlPart(path, rels)
  const targets = [...relsXml.matchAll(/<(?:\w+:)?Relationship\s[^>]*>/g)].map((m) => ({
    id: attribute(m[0], 'Id'),
    type: attribute(m[0], 'Type') ?? '',
    path: partPath(attribute(m[0], 'Target') ?? '')
  }))
  const sheetPath = targets.find((t) => t.id === sheet.relId)?.path
  if (!sheetPath) throw notWorkbook()
  // By the type's last segment: transitional and strict OOXML name the same types in different namespaces.
  const ofType = (type: string, fallback: string): string => targets.find((t) => t.type.endsWith(`/${type}`))?.path ?? fallback
  return {
    sheetName: sheet.name,
    sheetPath,
    sharedStringsPath: ofType('sharedStrings', 'xl/sharedStrings.xml'),
    stylesPath: ofType('styles', 'xl/styles.xml'),
    date1904
  }
}

/** A relationship target of workbook.xml as a zip entry name: relative to xl/, or absolute. */
const partPath = (target: string): string => (target.startsWith('/') ? target.slice(1) : `xl/${target}`)

const columnNumber = (letters: string): number => [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0)

/** Finds <dimension> and <mergeCell> in the sheet XML as it streams by, holding only a short tail. */
class SheetScanner {
  lastRow = 0
  merges: MergeRange[] = []
  private readonly decoder = new TextDecoder('utf-8')
  private carry = ''
  private seenDimension = false

  push(chunk: Buffer): void {
    this.scan(this.carry + this.decoder.decode(chunk, { stream: true }))
  }

  end(): void {
    this.scan(this.carry + this.decoder.decode())
    this.carry = ''
  }

  private scan(text: string): void {
    let lastEnd = 0
    if (!this.seenDimension) {
      const dimension = /<(?:\w+:)?dimension\s+ref="[A-Z]*\d*:?[A-Z]*(\d+)"/.exec(text)
      if (dimension?.[1]) {
        this.lastRow = Number(dimension[1])
        this.seenDimension = true
        lastEnd = dimension.index + dimension[0].length
      } else if (text.includes('<sheetData') || text.includes(':sheetData')) this.seenDimension = true
    }
    // The plain search first: the regex costs more than reading the rows when run over every chunk.
    const merges = text.includes('mergeCell') ? text.matchAll(/<(?:\w+:)?mergeCell\s+ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/g) : []
    for (const match of merges) {
      const [, left = 'A', top = '0', right = 'A', bottom = '0'] = match
      this.merges.push({ top: Number(top), left: columnNumber(left), bottom: Number(bottom), right: columnNumber(right) })
      lastEnd = (match.index ?? 0) + match[0].length
    }
    this.carry = text.slice(Math.max(lastEnd, text.length - 256))
  }
}
