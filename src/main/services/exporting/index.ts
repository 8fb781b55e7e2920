export { exportAnnual, exportCertificates, exportRecord, exportUnitReport } from './exports'
export { verifyCertificate, normaliseCode } from './verify'
export { runReport, reportFileName, REPORT_LABELS } from './reportFiles'
