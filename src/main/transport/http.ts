import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { createWriteStream, createReadStream, mkdirSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import { join, basename } from 'node:path'
import { pipeline } from 'node:stream/promises'
import type { AppContext } from '../context'
import type { Registry } from './registry'
import type { FileTokens } from '../files/fileTokens'
import { isAllowedHost, isAuthorised, isLoopback, TOKEN_COOKIE, tokenMatches } from './httpAuth'
import { fileHeaders, resolveStatic } from './staticFiles'

const MAX_JSON_BYTES = 10 * 1024 * 1024
const MAX_UPLOAD_BYTES = 60 * 1024 * 1024

export interface HttpHostOptions {
  registry: Registry
  app: AppContext
  files: FileTokens
  /** Folder of the built renderer (index.html); omitted → API only. */
  rendererDir?: string
  /** 0 or omitted → a random free port. */
  port?: number
  /** Fixed token for tests; omitted → random per run. */
  token?: string
}

export interface HttpHost {
  url: string
  port: number
  token: string
  server: Server
  close(): Promise<void>
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' })
  res.end(text)
}

function refuse(res: ServerResponse, status: number, message: string): void {
  sendJson(res, status, { ok: false, error: { code: status === 401 || status === 403 ? 'unauthorized' : 'invalid_input', message } })
}

async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    const buf = chunk as Buffer
    size += buf.length
    if (size > limit) throw new Error('too large')
    chunks.push(buf)
  }
  return Buffer.concat(chunks)
}

/**
 * The loopback host: the built renderer and the contract's calls over HTTP, on 127.0.0.1 only,
 * behind a per-run token. It is how the real renderer runs in a browser (tests, browser mode).
 */
export function startHttpHost(options: HttpHostOptions): Promise<HttpHost> {
  const token = options.token ?? randomBytes(24).toString('hex')
  const uploadDir = join(options.app.dataDir, 'tmp', 'uploads')
  let port = 0

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (!isLoopback(req.socket.remoteAddress)) return refuse(res, 403, '只接受本机访问')
    if (!isAllowedHost(req.headers.host, port)) return refuse(res, 403, '主机名不被接受')
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`)

    // Entering with ?token=… sets the cookie and drops the token from the address bar.
    if (req.method === 'GET' && url.searchParams.has('token')) {
      if (!tokenMatches(url.searchParams.get('token'), token)) return refuse(res, 401, '访问令牌无效')
      res.writeHead(302, {
        location: '/',
        'set-cookie': `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`
      })
      res.end()
      return
    }
    if (!isAuthorised(req, token)) return refuse(res, 401, '缺少或错误的访问令牌：请使用 xueshi serve 打印的完整地址打开')

    if (url.pathname.startsWith('/api/call/')) {
      if (req.method !== 'POST') return refuse(res, 405, '请使用 POST')
      // JSON only: a cross-site form cannot send it without a preflight we never answer.
      if (!req.headers['content-type']?.startsWith('application/json')) return refuse(res, 415, '请求须为 JSON')
      let input: unknown
      try {
        const body = await readBody(req, MAX_JSON_BYTES)
        input = body.length ? JSON.parse(body.toString('utf8')) : {}
      } catch {
        return refuse(res, 400, '请求内容不是有效的 JSON 或过大')
      }
      const name = decodeURIComponent(url.pathname.slice('/api/call/'.length))
      const result = await options.registry.dispatch(name, input, { app: options.app })
      return sendJson(res, 200, result)
    }

    if (url.pathname === '/api/upload' && req.method === 'POST') {
      const name = basename(url.searchParams.get('name') ?? 'upload.bin')
      mkdirSync(uploadDir, { recursive: true })
      const path = join(uploadDir, `${randomBytes(8).toString('hex')}-${name}`)
      let size = 0
      req.on('data', (c: Buffer) => {
        size += c.length
        if (size > MAX_UPLOAD_BYTES) req.destroy()
      })
      try {
        await pipeline(req, createWriteStream(path))
      } catch {
        return refuse(res, 413, '上传失败：文件过大（上限 60 MB）或连接中断')
      }
      return sendJson(res, 200, { ok: true, value: { fileId: options.files.add({ path, name }), name } })
    }

    if (url.pathname.startsWith('/api/file/') && req.method === 'GET') {
      const entry = options.files.get(url.pathname.slice('/api/file/'.length))
      if (!entry) return refuse(res, 404, '文件不存在或已过期')
      const disposition = url.searchParams.get('download') ? 'attachment' : 'inline'
      res.writeHead(200, {
        ...fileHeaders(entry.name, entry.mime),
        'content-disposition': `${disposition}; filename*=UTF-8''${encodeURIComponent(entry.name)}`,
        'cache-control': 'no-store'
      })
      await pipeline(createReadStream(entry.path), res)
      return
    }

    if (req.method === 'GET' && options.rendererDir) {
      const file = resolveStatic(options.rendererDir, url.pathname)
      if (!file) return refuse(res, 404, '未找到')
      const headers = fileHeaders(file)
      if (file.endsWith('.html')) headers['cache-control'] = 'no-store'
      res.writeHead(200, headers)
      await pipeline(createReadStream(file), res)
      return
    }
    refuse(res, 404, '未找到')
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      console.error(e)
      if (!res.headersSent) refuse(res, 500, '内部错误')
      else res.destroy()
    })
  })

  return new Promise((resolvePromise, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const address = server.address()
      port = typeof address === 'object' && address ? address.port : 0
      resolvePromise({
        url: `http://127.0.0.1:${port}/?token=${token}`,
        port,
        token,
        server,
        close: () => new Promise<void>((r) => server.close(() => r()))
      })
    })
  })
}
