/** What `verify` finds for a certificate's code: whose it is and what it states. */
export interface VerifiedCertificate {
  code: string
  year: number
  idNumberMasked: string
  name: string
  department: string
  unitName: string
  /** 学时 as decimal numbers, as printed. */
  publicHours: number
  professionalHours: number
  totalHours: number
  yearMet: boolean
  compliant: boolean
  issuedAt: string
}
