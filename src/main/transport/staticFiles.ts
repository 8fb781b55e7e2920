import { existsSync, statSync } from 'node:fs'
import { join, normalize, resolve, sep } from 'node:path'
import { mimeOf } from '../files/mime'
import { CONTENT_SECURITY_POLICY } from './csp'

/**
 * Response headers of a file served to the renderer, the same over HTTP and app://: its type,
 * no sniffing, and the CSP on HTML pages.
 */
export function fileHeaders(name: string, mime?: string): Record<string, string> {
  const headers: Record<string, string> = { 'content-type': mime ?? mimeOf(name), 'x-content-type-options': 'nosniff' }
  if (name.endsWith('.html')) headers['content-security-policy'] = CONTENT_SECURITY_POLICY
  return headers
}

/**
 * Resolves a URL path inside root, or undefined when it would leave root or does not exist.
 * '/' is index.html; the renderer routes by hash, so no other path needs a fallback.
 */
export function resolveStatic(root: string, urlPath: string): string | undefined {
  const decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/')
  const rel = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '')
  const base = resolve(root)
  const full = resolve(join(base, normalize(rel)))
  if (full !== base && !full.startsWith(base + sep)) return undefined
  if (!existsSync(full) || !statSync(full).isFile()) return undefined
  return full
}

