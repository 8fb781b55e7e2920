/**
 * Two adjustments to exceljs 4.4's streaming WorkbookReader, on the instance only.
 *
 * 1. It decodes every decompressed chunk on its own
 * (lib/utils/parse-sax.js), so a Chinese character split across two chunks becomes "��"
 * (exceljs issues #2063, #2084, still open). Its decoder passes strings through untouched, so
 * the fix is to hand it text decoded by one streaming TextDecoder per XML part.
 * 2. It names a worksheet only once workbook.xml has been read, which may come after the
 * sheet in the zip; so the sheet to read is chosen by its part number (xl/worksheets/sheetN.xml)
 * and the others are never emitted.
 *
 * The part parsers are internal methods, reached through a runtime-checked shape.
 */

interface ReaderInternals {
  /** sheetNo: N of xl/worksheets/sheetN.xml, as a string. */
  _parseWorksheet: (iterator: AsyncIterable<unknown>, sheetNo: string) => Generator<unknown>
  _parseSharedStrings: (entry: { setEncoding(encoding: 'utf8'): unknown }) => AsyncGenerator<unknown>
  _parseWorkbook: (entry: { setEncoding(encoding: 'utf8'): unknown }) => Promise<void>
}

function hasInternals(reader: object): reader is ReaderInternals {
  return (
    '_parseWorksheet' in reader &&
    typeof reader._parseWorksheet === 'function' &&
    '_parseSharedStrings' in reader &&
    typeof reader._parseSharedStrings === 'function' &&
    '_parseWorkbook' in reader &&
    typeof reader._parseWorkbook === 'function'
  )
}

function* noEvents(): Generator<unknown> {}

/** Buffers in, whole characters out: a multi-byte character split between chunks is kept whole. */
export async function* decodeUtf8Chunks(chunks: AsyncIterable<unknown>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8')
  for await (const chunk of chunks) {
    const text = typeof chunk === 'string' ? chunk : chunk instanceof Uint8Array ? decoder.decode(chunk, { stream: true }) : ''
    if (text) yield text
  }
  const tail = decoder.decode()
  if (tail) yield tail
}

/** Applies both adjustments; throws (a bug, not a user error) if exceljs changed shape. */
export function patchWorkbookReader(reader: object, sheetNumber: string): void {
  if (!hasInternals(reader)) throw new Error('exceljs WorkbookReader internals changed: review readerPatch.ts')
  const parseWorksheet = reader._parseWorksheet.bind(reader)
  const parseSharedStrings = reader._parseSharedStrings.bind(reader)
  const parseWorkbook = reader._parseWorkbook.bind(reader)
  reader._parseWorksheet = (iterator, sheetNo) => (sheetNo === sheetNumber ? parseWorksheet(decodeUtf8Chunks(iterator), sheetNo) : noEvents())
  // Node's StringDecoder (setEncoding) keeps split characters whole before exceljs iterates the entry.
  reader._parseSharedStrings = (entry) => {
    entry.setEncoding('utf8')
    return parseSharedStrings(entry)
  }
  reader._parseWorkbook = (entry) => {
    entry.setEncoding('utf8')
    return parseWorkbook(entry)
  }
}
