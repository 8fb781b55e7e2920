import { existsSync } from 'node:fs'
import { AppError } from '../../../shared/errors'
import { locateResource } from '../../files/resources'

export const CJK_FONT_FILE = 'NotoSansSC-Subset.otf'

/** The bundled CJK font (resources/fonts), unless XUESHI_FONT names a font file that exists. */
export function locateCjkFont(): string {
  const chosen = process.env.XUESHI_FONT
  const path = chosen && existsSync(chosen) ? chosen : locateResource(`fonts/${CJK_FONT_FILE}`)
  if (!path) throw new AppError('internal', `找不到 PDF 字库文件 ${CJK_FONT_FILE}`)
  return path
}
