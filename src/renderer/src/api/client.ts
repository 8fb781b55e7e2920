import type { Contract } from '../../../shared/contract'
import type { InputOf, OutputOf } from '../../../shared/contract/define'
import type { ErrorValue, Result } from '../../../shared/errors'

export type CallName = keyof Contract & string
export type Input<N extends CallName> = InputOf<Contract[N]>
export type Output<N extends CallName> = OutputOf<Contract[N]>

type Bridge = Partial<Record<string, (input: unknown) => Promise<unknown>>>

/** Electron's preload exposes window.xueshi; in a browser the loopback host answers over HTTP. */
function bridge(): Bridge | undefined {
  return (window as unknown as { xueshi?: Bridge }).xueshi
}

export function isDesktop(): boolean {
  return bridge() !== undefined
}

/** An error value from main, thrown so screens can show error.message (Chinese) directly. */
export class ApiError extends Error {
  constructor(readonly error: ErrorValue) {
    super(error.message)
    this.name = 'ApiError'
  }
}

export async function callResult<N extends CallName>(name: N, input: Input<N>): Promise<Result<Output<N>>> {
  const viaIpc = bridge()?.[name]
  if (viaIpc) return (await viaIpc(input)) as Result<Output<N>>
  try {
    const res = await fetch(`/api/call/${encodeURIComponent(name)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify(input ?? {})
    })
    return (await res.json()) as Result<Output<N>>
  } catch {
    return { ok: false, error: { code: 'internal', message: '无法连接到程序后台，请确认程序仍在运行后刷新页面。' } }
  }
}

/** The usual way to call: the value, or an ApiError carrying the Chinese message. */
export async function api<N extends CallName>(name: N, input: Input<N>): Promise<Output<N>> {
  const result = await callResult(name, input)
  if (!result.ok) throw new ApiError(result.error)
  return result.value
}

/** Sends a file to the loopback host (browser mode); returns the opaque id calls refer to. */
export async function uploadFile(file: File): Promise<{ fileId: string; name: string }> {
  const res = await fetch(`/api/upload?name=${encodeURIComponent(file.name)}`, {
    method: 'POST',
    credentials: 'same-origin',
    body: file
  })
  const result = (await res.json()) as Result<{ fileId: string; name: string }>
  if (!result.ok) throw new ApiError(result.error)
  return result.value
}

/** URL of a file the host holds under an opaque id (attachment preview, finished export). */
export function fileUrl(fileId: string, download = false): string {
  return `/api/file/${encodeURIComponent(fileId)}${download ? '?download=1' : ''}`
}
