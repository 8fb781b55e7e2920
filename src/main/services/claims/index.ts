export * from './claims'
export * from './attachments'
export { insertClaims, type ClaimImportRow } from './bulk'
export { evaluateForStore } from './evaluate'
