import { createReadStream } from 'node:fs'
import { open } from 'node:fs/promises'
import { Readable } from 'node:stream'
import { createInflateRaw } from 'node:zlib'
import { AppError } from '../../shared/errors'

/**
 * A minimal reader of a zip's central directory, so the limits (entries, declared sizes,
 * compression ratio) are checked before any decompression, and single entries can be inflated
 * with our own byte counting. Supports the zip64 fields a large workbook may carry.
 */
export interface ZipEntry {
  name: string
  /** 0 = stored, 8 = deflate. */
  method: number
  compressedSize: number
  uncompressedSize: number
  localHeaderOffset: number
}

const EOCD_SIGNATURE = 0x06054b50
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50
const ZIP64_EOCD_SIGNATURE = 0x06064b50
const CENTRAL_SIGNATURE = 0x02014b50
const LOCAL_SIGNATURE = 0x04034b50
const MAX_CENTRAL_DIRECTORY_BYTES = 16 * 1024 * 1024

const corrupt = (): AppError =>
  new AppError('invalid_input', '文件不是有效的 .xlsx 工作簿（压缩结构已损坏），请在 Excel 中打开并重新保存后再导入')

async function readAt(path: string, position: number, length: number): Promise<Buffer> {
  const handle = await open(path, 'r')
  try {
    const buffer = Buffer.alloc(length)
    const { bytesRead } = await handle.read(buffer, 0, length, position)
    return buffer.subarray(0, bytesRead)
  } finally {
    await handle.close()
  }
}

function u64(buffer: Buffer, offset: number): number {
  const value = buffer.readBigUInt64LE(offset)
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw corrupt()
  return Number(value)
}

interface Directory {
  entries: number
  size: number
  offset: number
}

async function findDirectory(path: string, fileSize: number): Promise<Directory> {
  const tailLength = Math.min(fileSize, 22 + 0xffff)
  const tailStart = fileSize - tailLength
  const tail = await readAt(path, tailStart, tailLength)
  let at = -1
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD_SIGNATURE) {
      at = i
      break
    }
  }
  if (at < 0) throw corrupt()
  const directory: Directory = { entries: tail.readUInt16LE(at + 10), size: tail.readUInt32LE(at + 12), offset: tail.readUInt32LE(at + 16) }
  const zip64 = directory.entries === 0xffff || directory.size === 0xffffffff || directory.offset === 0xffffffff
  if (!zip64) return directory
  const locatorAt = at - 20
  if (locatorAt < 0 || tail.readUInt32LE(locatorAt) !== ZIP64_LOCATOR_SIGNATURE) throw corrupt()
  const record = await readAt(path, u64(tail, locatorAt + 8), 56)
  if (record.length < 56 || record.readUInt32LE(0) !== ZIP64_EOCD_SIGNATURE) throw corrupt()
  return { entries: u64(record, 32), size: u64(record, 40), offset: u64(record, 48) }
}

/** Reads the central directory; refuses (invalid_input) anything that is not a sound zip. */
export async function readZipDirectory(path: string, fileSize: number, maxEntries: number): Promise<ZipEntry[]> {
  const directory = await findDirectory(path, fileSize)
  if (directory.entries > maxEntries) {
    throw new AppError('invalid_input', `工作簿内部文件过多（${directory.entries} 个，上限 ${maxEntries} 个），不像正常的 Excel 文件，已拒绝导入`)
  }
  if (directory.size > MAX_CENTRAL_DIRECTORY_BYTES || directory.offset + directory.size > fileSize) throw corrupt()
  const buffer = await readAt(path, directory.offset, directory.size)
  const entries: ZipEntry[] = []
  let at = 0
  for (let i = 0; i < directory.entries; i++) {
    if (at + 46 > buffer.length || buffer.readUInt32LE(at) !== CENTRAL_SIGNATURE) throw corrupt()
    const nameLength = buffer.readUInt16LE(at + 28)
    const extraLength = buffer.readUInt16LE(at + 30)
    const commentLength = buffer.readUInt16LE(at + 32)
    const end = at + 46 + nameLength + extraLength + commentLength
    if (end > buffer.length) throw corrupt()
    const entry: ZipEntry = {
      name: buffer.toString('utf8', at + 46, at + 46 + nameLength),
      method: buffer.readUInt16LE(at + 10),
      compressedSize: buffer.readUInt32LE(at + 20),
      uncompressedSize: buffer.readUInt32LE(at + 24),
      localHeaderOffset: buffer.readUInt32LE(at + 42)
    }
    applyZip64Extra(entry, buffer.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength))
    entries.push(entry)
    at = end
  }
  return entries
}

/** Zip64 extra field (id 1): the real values of the fields saturated at 0xFFFFFFFF, in order. */
function applyZip64Extra(entry: ZipEntry, extra: Buffer): void {
  let at = 0
  while (at + 4 <= extra.length) {
    const id = extra.readUInt16LE(at)
    const size = extra.readUInt16LE(at + 2)
    if (id === 1) {
      let field = at + 4
      const next = (): number => {
        if (field + 8 > at + 4 + size) throw corrupt()
        const value = u64(extra, field)
        field += 8
        return value
      }
      if (entry.uncompressedSize === 0xffffffff) entry.uncompressedSize = next()
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next()
      if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = next()
      return
    }
    at += 4 + size
  }
}

/** The entry's decompressed bytes as a stream (stored or deflate). */
export async function openZipEntry(path: string, entry: ZipEntry): Promise<Readable> {
  const header = await readAt(path, entry.localHeaderOffset, 30)
  if (header.length < 30 || header.readUInt32LE(0) !== LOCAL_SIGNATURE) throw corrupt()
  const start = entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28)
  if (entry.compressedSize === 0) return Readable.from([])
  const raw = createReadStream(path, { start, end: start + entry.compressedSize - 1 })
  if (entry.method === 0) return raw
  if (entry.method !== 8) {
    raw.destroy()
    throw new AppError('invalid_input', '工作簿使用了不支持的压缩方式，请在 Excel 中重新保存为 .xlsx 后再导入')
  }
  // 64 KB out per chunk (zlib's default is 16 KB): a quarter of the per-chunk stream overhead.
  const inflate = createInflateRaw({ chunkSize: 64 * 1024 })
  raw.on('error', (e) => inflate.destroy(e))
  return raw.pipe(inflate)
}
