import { open, stat } from 'node:fs/promises'
import { extname } from 'node:path'
import { AppError } from '../../shared/errors'

/** Bounds on what an import will read; checked before parsing (and rows again while reading). */
export interface ImportLimits {
  maxFileBytes: number
  /** Data rows below the header. */
  maxRows: number
  maxZipEntries: number
  /** Sum of the declared (and actual) decompressed sizes of all zip entries. */
  maxUncompressedBytes: number
  /** Decompressed / compressed, for entries large enough to matter (zip bombs compress ~1000:1). */
  maxCompressionRatio: number
}

export const DEFAULT_LIMITS: ImportLimits = {
  maxFileBytes: 50 * 1024 * 1024,
  maxRows: 200_000,
  maxZipEntries: 1_000,
  maxUncompressedBytes: 1024 * 1024 * 1024,
  maxCompressionRatio: 250
}

/** Entries below this size are not judged by their ratio: tiny XML parts compress very well. */
export const RATIO_CHECK_MIN_BYTES = 10 * 1024 * 1024

export type FileFormat = 'xlsx' | 'csv'

export interface FileCheck {
  format: FileFormat
  size: number
}

const MB = 1024 * 1024
const formatMb = (bytes: number): string => `${(bytes / MB).toFixed(1)} MB`

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])

/** Size and format by content (magic bytes), the extension only telling CSV from other text. */
export async function checkFile(path: string, limits: ImportLimits): Promise<FileCheck> {
  let size: number
  try {
    const info = await stat(path)
    if (!info.isFile()) throw new AppError('invalid_input', '所选路径不是文件')
    size = info.size
  } catch (e) {
    if (e instanceof AppError) throw e
    throw new AppError('not_found', '找不到要导入的文件，或没有读取权限')
  }
  if (size === 0) throw new AppError('invalid_input', '文件是空的')
  if (size > limits.maxFileBytes) {
    throw new AppError('invalid_input', `文件过大（${formatMb(size)}），单个文件不能超过 ${formatMb(limits.maxFileBytes)}，请拆分后分批导入`)
  }
  const head = await readHead(path, 8)
  if (head.length >= 8 && head.subarray(0, 8).equals(OLE_MAGIC)) {
    throw new AppError(
      'invalid_input',
      '这是旧版 Excel（.xls）文件或设置了打开密码的工作簿，无法直接导入：请在 Excel 中另存为 .xlsx（如有打开密码请先取消）后再导入'
    )
  }
  if (head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && (head[2] === 0x03 || head[2] === 0x05)) {
    return { format: 'xlsx', size }
  }
  const extension = extname(path).toLowerCase()
  if (extension === '.csv' || extension === '.txt') return { format: 'csv', size }
  if (extension === '.xlsx' || extension === '.xlsm') {
    throw new AppError('invalid_input', '文件不是有效的 .xlsx 工作簿（可能已损坏或只是改了扩展名），请在 Excel 中打开并另存为 .xlsx 后再导入')
  }
  throw new AppError('invalid_input', '不支持的文件类型：请导入 Excel 工作簿（.xlsx）或 CSV 文件（.csv）')
}

async function readHead(path: string, length: number): Promise<Buffer> {
  const handle = await open(path, 'r')
  try {
    const buffer = Buffer.alloc(length)
    const { bytesRead } = await handle.read(buffer, 0, length, 0)
    return buffer.subarray(0, bytesRead)
  } finally {
    await handle.close()
  }
}

export const rowsLimitError = (limits: ImportLimits): AppError =>
  new AppError('invalid_input', `数据超过 ${limits.maxRows} 行的上限，请拆分成多个文件分批导入`)

export const cancelledError = (): AppError => new AppError('cancelled', '已取消导入')
