import { readFile } from 'node:fs/promises'
import { fileHeaders, resolveStatic } from '../transport/staticFiles'
import type { FileTokens } from '../files/fileTokens'

/**
 * Answers app://xueshi/… : the built renderer, and files by opaque id under /api/file/<id>
 * (attachment previews, finished exports). The renderer never names a filesystem path.
 */
export async function handleAppRequest(request: Request, rendererDir: string, files: FileTokens): Promise<Response> {
  const url = new URL(request.url)
  if (url.pathname.startsWith('/api/file/')) {
    const entry = files.get(decodeURIComponent(url.pathname.slice('/api/file/'.length)))
    if (!entry) return new Response('文件不存在或已过期', { status: 404 })
    return new Response(await readFile(entry.path), { headers: fileHeaders(entry.name, entry.mime) })
  }
  const file = resolveStatic(rendererDir, url.pathname)
  if (!file) return new Response('未找到', { status: 404 })
  return new Response(await readFile(file), { headers: fileHeaders(file) })
}
