import type { FileRef } from '../../../shared/domain/job'
import { api, fileUrl, isDesktop, uploadFile } from './client'

const ACCEPT: Record<'import' | 'attachment' | 'backup', string> = {
  import: '.xlsx,.csv,.xls',
  attachment: '.pdf,.png,.jpg,.jpeg,.gif,.webp,.bmp,.tif,.tiff,.doc,.docx,.xlsx',
  backup: '.db'
}

/** Asks the browser for a file with a hidden <input>; resolves null when the officer cancels. */
function chooseInBrowser(accept: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = accept
    input.style.display = 'none'
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null), { once: true })
    input.addEventListener('cancel', () => resolve(null), { once: true })
    document.body.appendChild(input)
    input.click()
    input.remove()
  })
}

/**
 * Lets the officer choose a file and returns the opaque id main holds it under: the system
 * dialog in the desktop app, an upload to the loopback host in browser mode.
 */
export async function pickFile(purpose: 'import' | 'attachment' | 'backup'): Promise<FileRef | null> {
  if (isDesktop()) return api('files.pickOpen', { purpose })
  const file = await chooseInBrowser(ACCEPT[purpose])
  return file ? uploadFile(file) : null
}

/** Sends a File the officer dropped or chose (drag and drop) to main. */
export async function sendFile(file: File): Promise<FileRef> {
  return uploadFile(file)
}

/**
 * Saves a file main produced (an export, a template): the save dialog in the desktop app, a
 * download in browser mode. Returns false when the officer cancelled the dialog.
 */
export async function saveFile(ref: FileRef): Promise<boolean> {
  if (isDesktop()) return (await api('files.saveAs', { fileId: ref.fileId })).saved
  const a = document.createElement('a')
  a.href = fileUrl(ref.fileId, true)
  a.download = ref.name
  document.body.appendChild(a)
  a.click()
  a.remove()
  return true
}
