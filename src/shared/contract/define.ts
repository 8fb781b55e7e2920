import type { z } from 'zod'

/**
 * One call the renderer can make: its zod input schema, and (as a phantom type) its output.
 * Declared once here; main registers a handler per call, every transport validates with the
 * same schema. No channel name is written twice.
 */
export interface CallDef<I extends z.ZodType = z.ZodType, O = unknown> {
  readonly input: I
  /** Phantom: carries the output type, never set at run time. */
  readonly output?: O
}

/** `call<Output>()(inputSchema)`: the output type is given, the input type is inferred. */
export function call<O>() {
  return <I extends z.ZodType>(input: I): CallDef<I, O> => ({ input })
}

export type ContractShape = Record<string, CallDef>

/** What a caller sends (before defaults and coercion). */
export type InputOf<C> = C extends CallDef<infer I, unknown> ? z.input<I> : never
/** What a handler receives (after validation). */
export type ParsedInputOf<C> = C extends CallDef<infer I, unknown> ? z.output<I> : never
export type OutputOf<C> = C extends CallDef<z.ZodType, infer O> ? O : never
