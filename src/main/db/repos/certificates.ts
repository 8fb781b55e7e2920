import type Database from 'better-sqlite3'
import { prepared } from '../statements'

/** A certificate (学时证明) as issued: its verification code and the content printed on it. */
export interface CertificateRecord {
  code: string
  year: number
  employeeId: number
  content: unknown
  issuedAt: string
}

interface CertificateRow {
  code: string
  year: number
  employee_id: number
  content: string
  issued_at: string
}

/** Stores an issued certificate; the same content gives the same code, so a re-print is already on file. */
export function saveCertificate(db: Database.Database, c: CertificateRecord): void {
  prepared<[string, number, number, string, string]>(
    db,
    'INSERT INTO certificates (code, year, employee_id, content, issued_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (code) DO NOTHING'
  ).run(c.code, c.year, c.employeeId, JSON.stringify(c.content), c.issuedAt)
}

export function findCertificate(db: Database.Database, code: string): CertificateRecord | undefined {
  const r = prepared<[string], CertificateRow>(db, 'SELECT * FROM certificates WHERE code = ?').get(code)
  return r && { code: r.code, year: r.year, employeeId: r.employee_id, content: JSON.parse(r.content) as unknown, issuedAt: r.issued_at }
}
