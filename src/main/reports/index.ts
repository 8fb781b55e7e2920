/** The report writers: plain data in, a file out (see types.ts for the inputs). */
export { writeAnnualWorkbook } from './annualWorkbook'
export { writeUnitReport } from './unitReport'
export { writeCertificates, certificateContent } from './certificates'
export { writeRecord } from './record'
export { certificateCode } from './certificateCode'
export type * from './types'
