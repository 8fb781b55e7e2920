import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { stat } from 'node:fs/promises'
import { deflateRawSync } from 'node:zlib'
import ExcelJS from 'exceljs'
import { afterAll } from 'vitest'
import { openZipEntry, readZipDirectory } from '../../src/main/import/zip'

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

/** A stored/deflated zip written by hand: each entry's declared uncompressed size may lie. */
export function handZip(entries: { name: string; data: Buffer; declaredSize?: number }[]): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const entry of entries) {
    const compressed = deflateRawSync(entry.data)
    const name = Buffer.from(entry.name)
    const size = entry.declaredSize ?? entry.data.length
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(8, 8)
    local.writeUInt32LE(compressed.length, 18)
    local.writeUInt32LE(size, 22)
    local.writeUInt16LE(name.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(8, 10)
    central.writeUInt32LE(compressed.length, 20)
    central.writeUInt32LE(size, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, name, compressed)
    centrals.push(central, name)
    offset += 30 + name.length + compressed.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}

/** The entries of a zip, decompressed, in stored order. */
export async function unzipAll(path: string): Promise<{ name: string; data: Buffer }[]> {
  const entries = await readZipDirectory(path, (await stat(path)).size, 1000)
  const out: { name: string; data: Buffer }[] = []
  for (const entry of entries) {
    const chunks: Buffer[] = []
    for await (const chunk of await openZipEntry(path, entry)) chunks.push(Buffer.from(chunk as Uint8Array))
    out.push({ name: entry.name, data: Buffer.concat(chunks) })
  }
  return out
}
