import ExcelJS from 'exceljs'

/** Writes a one-sheet workbook (header row, then rows) as an officer would fill the template. */
export async function writeWorkbook(path: string, sheet: string, header: string[], rows: (string | number)[][]): Promise<string> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet(sheet)
  ws.addRow(header)
  for (const r of rows) ws.addRow(r)
  await wb.xlsx.writeFile(path)
  return path
}
