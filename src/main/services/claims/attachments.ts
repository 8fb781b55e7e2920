import { createHash } from 'node:crypto'
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs'
import { basename, join } from 'node:path'
import type { AttachmentInfo } from '../../../shared/domain/claimRecord'
import { AppError } from '../../../shared/errors'
import type { AppContext } from '../../context'
import { findAttachment, insertAttachment, linkAttachment, listClaimAttachments, unlinkAttachment } from '../../db/repos/attachments'
import { appendAudit, nowIso } from '../audit'
import { getClaim } from './claims'
import { mimeOf } from '../../files/mime'

/** Evidence scans and PDFs; larger files are refused rather than bloating the data folder. */
export const MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex')

export function attachmentPath(dataDir: string, hash: string): string {
  return join(dataDir, 'attachments', hash.slice(0, 2), hash)
}

/**
 * Stores the bytes under their SHA-256: written to a temporary file, flushed to disk, renamed
 * into place (atomic), then read back and hashed again, so a file on record is never partial
 * or altered. An identical file already stored is reused.
 */
function storeBytes(dataDir: string, bytes: Uint8Array, hash: string): void {
  const finalPath = attachmentPath(dataDir, hash)
  if (existsSync(finalPath) && sha256(readFileSync(finalPath)) === hash) return
  const dir = join(dataDir, 'attachments', hash.slice(0, 2))
  mkdirSync(dir, { recursive: true })
  const tmp = join(dir, `.${hash}.${process.pid}.tmp`)
  const fd = openSync(tmp, 'w')
  try {
    let written = 0
    while (written < bytes.length) written += writeSync(fd, bytes, written)
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
  renameSync(tmp, finalPath)
  if (process.platform !== 'win32') {
    const dirFd = openSync(dir, 'r')
    try {
      fsyncSync(dirFd)
    } finally {
      closeSync(dirFd)
    }
  }
  if (sha256(readFileSync(finalPath)) !== hash) {
    rmSync(finalPath, { force: true })
    throw new AppError('internal', '附件写入后校验失败（磁盘可能有问题），未保存该附件，请重试')
  }
}

export function addAttachmentBytes(ctx: AppContext, claimId: number, fileName: string, bytes: Uint8Array): AttachmentInfo {
  const name = basename(fileName).trim()
  if (!name) throw new AppError('invalid_input', '附件：文件名不能为空', { field: 'fileName' })
  if (bytes.length === 0) throw new AppError('invalid_input', `附件：「${name}」是空文件`, { field: 'file' })
  if (bytes.length > MAX_ATTACHMENT_BYTES) throw new AppError('invalid_input', `附件：「${name}」超过 50 MB，请压缩后再上传`, { field: 'file' })
  getClaim(ctx, claimId)
  const hash = sha256(bytes)
  storeBytes(ctx.dataDir, bytes, hash)
  const at = nowIso(ctx)
  ctx.db.transaction(() => {
    insertAttachment(ctx.db, { sha256: hash, size: bytes.length, original_name: name, mime: mimeOf(name), created_at: at })
    if (linkAttachment(ctx.db, claimId, hash, name, at)) {
      appendAudit(ctx, { action: 'claim.attach', entity: 'claim', entityId: claimId, after: { attachment: hash, name, size: bytes.length } })
    }
  })()
  const info = listClaimAttachments(ctx.db, claimId).find((a) => a.id === hash)
  if (!info) throw new AppError('internal', '附件保存失败')
  return info
}

/** Copies a file the officer picked into the data folder and attaches it to the claim. */
export function addAttachment(ctx: AppContext, claimId: number, sourcePath: string, displayName?: string): AttachmentInfo {
  let size: number
  try {
    size = statSync(sourcePath).size
  } catch {
    throw new AppError('not_found', `附件：找不到文件「${sourcePath}」`, { field: 'file' })
  }
  if (size > MAX_ATTACHMENT_BYTES) throw new AppError('invalid_input', `附件：「${basename(sourcePath)}」超过 50 MB，请压缩后再上传`, { field: 'file' })
  return addAttachmentBytes(ctx, claimId, displayName ?? basename(sourcePath), readFileSync(sourcePath))
}

export function removeAttachment(ctx: AppContext, claimId: number, id: string): void {
  ctx.db.transaction(() => {
    const before = listClaimAttachments(ctx.db, claimId).find((a) => a.id === id)
    if (!before || !unlinkAttachment(ctx.db, claimId, id)) throw new AppError('not_found', `申报 #${claimId} 没有这个附件`)
    // The file stays: it is addressed by content, other claims and backups may refer to it.
    appendAudit(ctx, { action: 'claim.detach', entity: 'claim', entityId: claimId, before })
  })()
}

export function listAttachments(ctx: AppContext, claimId: number): AttachmentInfo[] {
  getClaim(ctx, claimId)
  return listClaimAttachments(ctx.db, claimId)
}

/** Resolves an opaque attachment id (never a path from the renderer) for the app's file protocol. */
export function getAttachment(ctx: AppContext, id: string): { path: string; mime: string; name: string; size: number } {
  if (!/^[0-9a-f]{64}$/.test(id)) throw new AppError('invalid_input', '附件编号无效')
  const row = findAttachment(ctx.db, id)
  if (!row) throw new AppError('not_found', '附件不存在')
  const path = attachmentPath(ctx.dataDir, id)
  if (!existsSync(path)) throw new AppError('not_found', `附件「${row.original_name}」的文件已丢失，请重新上传`)
  return { path, mime: row.mime, name: row.original_name, size: row.size }
}
