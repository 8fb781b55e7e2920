import { statfsSync } from 'node:fs'

// statfs f_type magic numbers of network filesystems (linux/magic.h).
const NETWORK_FS_TYPES = new Set([0x6969 /* NFS */, 0x517b /* SMB */, 0xff534d42 /* CIFS */, 0xfe534d42 /* SMB2 */, 0x65735546 /* FUSE (sshfs…) */])

/**
 * SQLite's WAL needs shared memory that network filesystems do not provide: a database there
 * can corrupt. Returns a Chinese warning, or undefined when the folder looks local.
 */
export function networkDriveWarning(dir: string, platform: NodeJS.Platform = process.platform): string | undefined {
  const message = `数据文件夹「${dir}」位于网络驱动器上。SQLite 的日志模式在网络驱动器上不可靠，可能导致数据损坏，请将数据文件夹放在本机磁盘上。`
  if (platform === 'win32') return /^(\\\\|\/\/)/.test(dir) ? message : undefined
  try {
    const type = statfsSync(dir).type >>> 0
    return NETWORK_FS_TYPES.has(type) ? message : undefined
  } catch {
    return undefined
  }
}
