import { createReadStream } from 'node:fs'
import { AppError } from '../../shared/errors'
import type { RawRow } from './readXlsx'

/** UTF-8 (with or without BOM), GB18030 (a superset of GBK, what Chinese Excel writes), or UTF-16 ("Unicode 文本"). */
export type CsvEncoding = 'utf-8' | 'gb18030' | 'utf-16le'

export interface CsvInfo {
  encoding: CsvEncoding
  /** Line breaks counted in the file: an upper bound of the records, for progress and the row limit. */
  lines: number
}

const notText = (): AppError => new AppError('invalid_input', '文件不是文本格式的 CSV，请导入 Excel 工作簿（.xlsx）或 CSV 文件')
const badEncoding = (): AppError =>
  new AppError('invalid_input', '无法识别文件的文字编码：请在 Excel 中另存为「CSV UTF-8（逗号分隔）」或 .xlsx 后再导入')

/** One pass over the bytes: is it valid UTF-8 (else GB18030), and how many lines. */
export async function inspectCsv(path: string): Promise<CsvInfo> {
  const utf8 = new TextDecoder('utf-8', { fatal: true })
  let validUtf8 = true
  let lines = 0
  let offset = 0
  let utf16 = false
  for await (const chunk of createReadStream(path)) {
    if (!(chunk instanceof Buffer)) continue
    if (offset === 0 && chunk[0] === 0xff && chunk[1] === 0xfe) utf16 = true
    if (!utf16 && offset < 64 * 1024 && chunk.subarray(0, 64 * 1024 - offset).includes(0)) throw notText()
    for (let i = chunk.indexOf(0x0a); i >= 0; i = chunk.indexOf(0x0a, i + 1)) lines++
    if (validUtf8 && !utf16) {
      try {
        utf8.decode(chunk, { stream: true })
      } catch {
        validUtf8 = false
      }
    }
    offset += chunk.length
  }
  if (validUtf8 && !utf16) {
    try {
      utf8.decode()
    } catch {
      validUtf8 = false
    }
  }
  return { encoding: utf16 ? 'utf-16le' : validUtf8 ? 'utf-8' : 'gb18030', lines: lines + 1 }
}

/**
 * RFC 4180 records (quoted fields, doubled quotes, embedded commas and line breaks), streamed.
 * The delimiter is a comma, or a tab when the first line has tabs and no commas (Excel's
 * "Unicode 文本"). Row numbers are record numbers, which is what Excel shows for the file.
 */
export async function* readCsvRows(path: string, info: CsvInfo): AsyncGenerator<RawRow[]> {
  const decoder = new TextDecoder(info.encoding, { fatal: true })
  let delimiter: string | undefined
  let field = ''
  let record: string[] = []
  let inQuotes = false
  let quoteSeen = false
  let lastWasCr = false
  let rowNumber = 0
  let head = ''

  const decode = (chunk?: Buffer): string => {
    try {
      return chunk ? decoder.decode(chunk, { stream: true }) : decoder.decode()
    } catch {
      throw badEncoding()
    }
  }

  // Records completed by the text consumed so far, handed on in one batch per chunk read.
  let out: RawRow[] = []
  const take = (): RawRow[] => {
    const batch = out
    out = []
    return batch
  }

  function consume(text: string): void {
    for (const char of text) {
      if (quoteSeen) {
        quoteSeen = false
        if (char === '"') {
          field += '"'
          continue
        }
        inQuotes = false
      }
      if (inQuotes) {
        if (char === '"') quoteSeen = true
        else field += char
        continue
      }
      if (lastWasCr && char === '\n') {
        lastWasCr = false
        continue
      }
      lastWasCr = false
      if (char === '"' && field === '') inQuotes = true
      else if (char === delimiter) {
        record.push(field)
        field = ''
      } else if (char === '\n' || char === '\r') {
        lastWasCr = char === '\r'
        record.push(field)
        out.push({ rowNumber: ++rowNumber, values: record })
        record = []
        field = ''
      } else field += char
    }
  }

  for await (const chunk of createReadStream(path)) {
    if (!(chunk instanceof Buffer)) continue
    const text = decode(chunk)
    if (delimiter === undefined) {
      head += text
      const firstLine = head.split(/\r?\n/, 1)[0] ?? ''
      if (!/[\r\n]/.test(head) && head.length < 64 * 1024) continue
      delimiter = firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ','
      consume(head)
      head = ''
    } else consume(text)
    if (out.length > 0) yield take()
  }
  if (delimiter === undefined) {
    delimiter = head.includes('\t') && !head.includes(',') ? '\t' : ','
    consume(head)
  }
  consume(decode())
  if (inQuotes && !quoteSeen) throw new AppError('invalid_input', `CSV 文件第 ${rowNumber + 1} 行的引号没有闭合，请检查后再导入`)
  if (field !== '' || record.length > 0) {
    record.push(field)
    out.push({ rowNumber: ++rowNumber, values: record })
  }
  if (out.length > 0) yield take()
}
