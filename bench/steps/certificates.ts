import { createWriteStream } from 'node:fs'
import { join } from 'node:path'
import { once } from 'node:events'
import type Database from 'better-sqlite3'
import PDFDocument from 'pdfkit'
import type { AppContext } from '../../src/main/context'
import type { ReportOptions } from '../../src/main/reports/types'
import { findExport, ROOT } from '../optional'
import { onApprovedUnit } from './onApprovedUnit'
import { people } from './reportRows'
import type { Detail, Step } from './types'

type ExportCertificates = (ctx: AppContext, year: number, out: string, opts?: ReportOptions) => Promise<{ pages?: number }>

/** The project's CJK font (resources/fonts), the one the certificates embed. */
const FONT = join(ROOT, 'resources', 'fonts', 'NotoSansSC-Subset.otf')

/**
 * The certificates baseline: pdfkit writing one page per person with one line of text in the
 * same CJK font, piped to the file, waiting for the stream to drain as any streaming writer must.
 * Words are separated by ASCII spaces as a one-liner would be: pdfkit caches the layout of each
 * space-separated word, and one unique 50,000-entry run per line would grow that cache past 1 GB.
 */
async function plainPages(db: Database.Database, year: number, out: string): Promise<Detail> {
  const doc = new PDFDocument({ size: 'A4', autoFirstPage: false })
  const file = createWriteStream(out)
  doc.pipe(file)
  doc.registerFont('cjk', FONT)
  let pages = 0
  for (const p of people(db, year)) {
    doc.addPage().font('cjk').fontSize(12).text(`${p.name} ${p.department} ${year}年度继续教育学时证明`, 56, 56)
    pages++
    if (file.writableNeedDrain) await once(file, 'drain')
  }
  doc.end()
  await once(file, 'finish')
  return { pages }
}

export const certificatesStep: Step = {
  id: 'certificates',
  label: '学时证明 certificates',
  baseline: (ws) => onApprovedUnit(ws, 'certificates-baseline.pdf', (ctx, year, out) => plainPages(ctx.db, year, out)),
  async ours(ws) {
    // The export service as `xueshi export certificates` runs it: queries, writer, codes stored.
    const found = findExport<ExportCertificates>(['src/main/services/exporting'], 'exportCertificates')
    if ('missing' in found) return { unavailable: `${found.missing} missing` }
    return onApprovedUnit(ws, 'certificates-ours.pdf', async (ctx, year, out) => {
      const result = await found.fn(ctx, year, out, { generatedAt: new Date('2026-12-31T08:00:00Z'), fontPath: FONT })
      return { pages: result.pages ?? 0 }
    })
  }
}
