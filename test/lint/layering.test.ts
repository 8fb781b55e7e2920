import { describe, expect, it } from 'vitest'
import { ESLint } from 'eslint'
import { join } from 'node:path'

const eslint = new ESLint({ cwd: join(__dirname, '..', '..') })

async function problems(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message)
}

describe('the layering rule (DESIGN.md)', () => {
  it.each([
    ["import { app } from 'electron'"],
    ["import { readFileSync } from 'node:fs'"],
    ["import { join } from 'path'"],
    ["import React from 'react'"],
    ["import Database from 'better-sqlite3'"],
    ["import ExcelJS from 'exceljs'"],
    ["import PDFDocument from 'pdfkit'"],
    ["import { openDatabase } from '../main/db/open'"]
  ])('forbids src/shared from %s', async (line) => {
    expect(await problems(`${line}\nexport const x = 1\n`, 'src/shared/rules/example.ts')).not.toEqual([])
  })

  it('lets src/shared import zod and its own modules', async () => {
    expect(await problems("import { z } from 'zod'\nimport { foldText } from '../vocabulary'\nexport const x = [z, foldText]\n", 'src/shared/rules/example.ts')).toEqual([])
  })

  it('forbids the renderer from importing src/main or Node', async () => {
    expect(await problems("import { createApp } from '../../../main/app/createApp'\nexport const x = createApp\n", 'src/renderer/src/pages/example.ts')).not.toEqual([])
    expect(await problems("import { readFileSync } from 'node:fs'\nexport const x = readFileSync\n", 'src/renderer/src/pages/example.ts')).not.toEqual([])
  })
})
