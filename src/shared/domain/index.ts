export * from './claim'
export * from './policy'
