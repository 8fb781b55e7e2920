import { contract, type Contract } from './index'

export type CallName = keyof Contract & string
export const callNames = Object.keys(contract) as CallName[]
