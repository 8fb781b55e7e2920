export * from './date'
export * from './idNumber'
