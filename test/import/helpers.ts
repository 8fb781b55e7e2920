import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { afterAll } from 'vitest'

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]

/** A valid 18-character ID from its first 17 digits (GB 11643 check digit). */
export function validId(first17: string): string {
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * (WEIGHTS[i] ?? 0), 0)
  return first17 + '10X98765432'[sum % 11]
}

export const ID_A = validId('11010519491231002') // 11010519491231002X, 女
/** Check digit right, but born 1880: refused by the ID validator (year before 1900). */
export const ID_1880 = validId('44052418800101001') // 440524188001010014
export const ID_B = validId('44030419850101001') // 男
export const ID_C = validId('43010219900307123') // 430102199003071234, 男
export const ID_D = validId('43010219850612202') // 430102198506122027, 女

/** A temporary folder for this test file, removed afterwards. */
export function tempDir(): (name: string) => string {
  const dir = mkdtempSync(join(tmpdir(), 'xueshi-import-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  return (name) => join(dir, name)
}

/** Writes a one-sheet workbook built by `fill`. */
export async function writeWorkbook(path: string, fill: (sheet: ExcelJS.Worksheet) => void, sheetName = 'Sheet1'): Promise<string> {
  const workbook = new ExcelJS.Workbook()
  fill(workbook.addWorksheet(sheetName))
  await workbook.xlsx.writeFile(path)
  return path
}

let gbkTable: Map<string, number[]> | undefined

/** Encodes text as GBK (what Chinese Excel writes for CSV); Node has only the decoder, so invert it. */
export function encodeGbk(text: string): Buffer {
  if (!gbkTable) {
    gbkTable = new Map()
    const decoder = new TextDecoder('gbk')
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue
        const char = decoder.decode(Uint8Array.from([lead, trail]))
        if (char.length === 1 && char !== '\uFFFD' && !gbkTable.has(char)) gbkTable.set(char, [lead, trail])
      }
    }
  }
  const bytes: number[] = []
  for (const char of text) {
    const code = char.charCodeAt(0)
    if (code < 0x80) bytes.push(code)
    else {
      const pair = gbkTable.get(char)
      if (!pair) throw new Error(`not in GBK: ${char}`)
      bytes.push(...pair)
    }
  }
  return Buffer.from(bytes)
}
