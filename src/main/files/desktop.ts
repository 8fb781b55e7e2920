/**
 * What only the desktop app can do (system dialogs, the file manager, the system browser).
 * Electron's main provides it; the loopback host has none, and the renderer uploads and
 * downloads instead. Kept as an interface so handlers stay free of Electron.
 */
export interface DesktopBridge {
  /** The open dialog; the chosen path, or null when cancelled. */
  pickOpen(purpose: 'import' | 'attachment' | 'backup'): Promise<string | null>
  /** The save dialog; the chosen path, or null when cancelled. */
  saveAs(suggestedName: string): Promise<string | null>
  openPath(path: string): Promise<void>
  openExternal(url: string): Promise<void>
}
