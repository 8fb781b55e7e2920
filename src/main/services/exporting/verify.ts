import type { AppContext } from '../../context'
import type { VerifiedCertificate } from '../../../shared/domain/certificate'
import type { CertificateContent } from '../../reports/types'
import { findCertificate } from '../../db/repos/certificates'
import { certificateCode } from '../../reports/certificateCode'
import { maskIdNumber } from '../../../shared/validators/idNumber'
import { tenthsToHours } from '../../../shared/hours'

/** Codes are printed in capitals; officers type them in any case, with spaces or dashes. */
export function normaliseCode(code: string): string {
  return code.replace(/[\s-]/g, '').toUpperCase()
}

/**
 * Whose certificate a code is and what it states, or null when no certificate with that code
 * was issued here. The stored content is re-hashed, so an edited row cannot pass as genuine.
 */
export function verifyCertificate(ctx: AppContext, code: string): VerifiedCertificate | null {
  const found = findCertificate(ctx.db, normaliseCode(code))
  if (!found) return null
  const content = found.content as CertificateContent
  if (certificateCode(content) !== found.code) return null
  return {
    code: found.code,
    year: content.year,
    idNumberMasked: maskIdNumber(content.idNumber),
    name: content.name,
    department: content.department,
    unitName: content.unitName,
    publicHours: tenthsToHours(content.publicHours),
    professionalHours: tenthsToHours(content.professionalHours),
    totalHours: tenthsToHours(content.totalHours),
    yearMet: content.yearMet,
    compliant: content.compliant,
    issuedAt: found.issuedAt
  }
}
