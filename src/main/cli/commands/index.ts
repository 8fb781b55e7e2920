import type { Command } from '../command'
import { backupCommand, restoreCommand } from './backup'
import { exportCommand } from './export'
import { importCommand } from './import'
import { reviewCommand } from './review'
import { serveCommand } from './serve'
import { settingsCommand } from './settings'
import { summaryCommand } from './summary'
import { templateCommand } from './template'
import { verifyCommand } from './verify'

export const commands: readonly Command[] = [
  templateCommand,
  importCommand,
  reviewCommand,
  summaryCommand,
  exportCommand,
  verifyCommand,
  settingsCommand,
  backupCommand,
  restoreCommand,
  serveCommand
]
