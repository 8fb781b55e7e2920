import type { IncomingMessage } from 'node:http'
import { timingSafeEqual } from 'node:crypto'

export const TOKEN_COOKIE = 'xueshi_token'

/** Only the loopback interface may talk to the host, whatever the socket says it bound to. */
export function isLoopback(address: string | undefined): boolean {
  if (!address) return false
  return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1'
}

/** A page elsewhere can resolve its own name to 127.0.0.1 (DNS rebinding): accept our host names only. */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`
}

function sameToken(given: string, token: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(token)
  return a.length === b.length && timingSafeEqual(a, b)
}

/** The token comes as a cookie (the browser) or a bearer header (scripts, tests). */
export function requestToken(req: IncomingMessage): string | undefined {
  const auth = req.headers.authorization
  if (auth?.startsWith('Bearer ')) return auth.slice('Bearer '.length).trim()
  const cookie = req.headers.cookie
  if (!cookie) return undefined
  for (const part of cookie.split(';')) {
    const [k, ...v] = part.trim().split('=')
    if (k === TOKEN_COOKIE) return decodeURIComponent(v.join('='))
  }
  return undefined
}

export function isAuthorised(req: IncomingMessage, token: string): boolean {
  const given = requestToken(req)
  return given !== undefined && sameToken(given, token)
}

export function tokenMatches(given: string | null, token: string): boolean {
  return given !== null && sameToken(given, token)
}
