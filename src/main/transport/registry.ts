import type { z } from 'zod'
import type { CallDef, ContractShape, OutputOf, ParsedInputOf } from '../../shared/contract/define'
import type { AppError} from '../../shared/errors';
import { isAppError, type Result } from '../../shared/errors'
import type { CallContext } from '../context'
import { gateOf } from '../db/gate'

export type Handler<C> = (input: ParsedInputOf<C>, ctx: CallContext) => OutputOf<C> | Promise<OutputOf<C>>
export type Handlers<C extends ContractShape> = { [K in keyof C]: Handler<C[K]> }

interface Entry {
  def: CallDef
  handler: (input: unknown, ctx: CallContext) => unknown
  gated: boolean
}

export interface RegisterOptions {
  /**
   * false for calls that never touch the database (a job's progress), so they answer while an
   * import holds the connection; every other call waits for it (see DbGate).
   */
  gated?: boolean
}

/** Chinese message for a schema failure, naming the field. */
export function describeZodError(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const field = issue.path.length ? `字段「${issue.path.join('.')}」：` : ''
      return `${field}${issue.message}`
    })
    .join('；')
}

/**
 * The one map from call names to handlers. Every transport (IPC, HTTP, tests) dispatches here,
 * so validation and error-to-value conversion happen in one place.
 */
export class Registry {
  private readonly entries = new Map<string, Entry>()

  register<C extends ContractShape>(contract: C, handlers: Handlers<C>, options: RegisterOptions = {}): void {
    for (const name of Object.keys(contract)) {
      if (this.entries.has(name)) throw new Error(`Duplicate handler registration: ${name}`)
      const def = contract[name]
      const handler = handlers[name]
      if (!def || !handler) throw new Error(`Missing handler or definition: ${name}`)
      this.entries.set(name, { def, handler: handler as Entry['handler'], gated: options.gated ?? true })
    }
  }

  has(name: string): boolean {
    return this.entries.has(name)
  }

  names(): string[] {
    return [...this.entries.keys()]
  }

  async dispatch(name: string, rawInput: unknown, ctx: CallContext): Promise<Result<unknown>> {
    const entry = this.entries.get(name)
    if (!entry) return { ok: false, error: { code: 'not_found', message: `未知的调用：${name}` } }
    const parsed = entry.def.input.safeParse(rawInput ?? {})
    if (!parsed.success) {
      return { ok: false, error: { code: 'invalid_input', message: `输入有误：${describeZodError(parsed.error)}` } }
    }
    try {
      const run = () => entry.handler(parsed.data, ctx)
      const value = await (entry.gated ? gateOf(ctx.app.db).shared(run) : run())
      return { ok: true, value }
    } catch (e) {
      return { ok: false, error: toErrorValue(e) }
    }
  }
}

export function toErrorValue(e: unknown): { code: AppError['code']; message: string; details?: unknown } {
  if (isAppError(e)) return { code: e.code, message: e.message, ...(e.details === undefined ? {} : { details: e.details }) }
  // A bug, not the user's doing: log it for the developer, never send the stack to the user.
  console.error(e)
  return { code: 'internal', message: '内部错误：操作未完成，数据未更改。请重试，若仍失败请联系技术支持。' }
}
