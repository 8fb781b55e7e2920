export * from './kinds'
export * from './fields'
export * from './evidence'
export * from './lookup'
