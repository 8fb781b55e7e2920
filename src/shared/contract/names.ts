import { contract, type Contract } from './index'

/** The one IPC channel; call names travel inside it and are checked by the registry. */
export const IPC_CHANNEL = 'xueshi:call'

export type CallName = keyof Contract & string
export const callNames = Object.keys(contract) as CallName[]
