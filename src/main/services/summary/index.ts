export * from './summary'
