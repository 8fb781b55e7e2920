/**
 * exceljs 4.4's streaming reader decodes every decompressed chunk on its own
 * (lib/utils/parse-sax.js), so a Chinese character split across two chunks becomes "��"
 * (exceljs issues #2063, #2084, still open). Its decoder passes strings through untouched, so
 * the fix is to hand it text decoded by one streaming TextDecoder per XML part. The reader's
 * part parsers are internal methods, reached through a runtime-checked shape and wrapped on
 * the instance only.
 */

interface ReaderInternals {
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

/** Makes an exceljs WorkbookReader decode its XML parts as whole UTF-8 text; throws if exceljs changed shape. */
export function decodeWholeCharacters(reader: object): void {
  if (!hasInternals(reader)) throw new Error('exceljs WorkbookReader internals changed: review utf8Chunks.ts')
  const parseWorksheet = reader._parseWorksheet.bind(reader)
  const parseSharedStrings = reader._parseSharedStrings.bind(reader)
  const parseWorkbook = reader._parseWorkbook.bind(reader)
  reader._parseWorksheet = (iterator, sheetNo) => parseWorksheet(decodeUtf8Chunks(iterator), sheetNo)
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
