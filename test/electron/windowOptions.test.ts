import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { locateResource } from '../../src/main/files/resources'
import { createWindowOptions, isAllowedExternalUrl, isAppUrl } from '../../src/main/electron/windowOptions'
import { isTrustedSender } from '../../src/main/transport/ipc'
import { CONTENT_SECURITY_POLICY } from '../../src/main/transport/csp'

describe('the Electron window', () => {
  it('is isolated and sandboxed, with no Node in the renderer', () => {
    const prefs = createWindowOptions('/app/preload.js').webPreferences
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: '/app/preload.js'
    })
  })

  it('shows the app icon from resources', () => {
    expect(createWindowOptions('/app/preload.js', '/app/resources/icon.png').icon).toBe('/app/resources/icon.png')
    const icon = locateResource('icon.png')
    expect(icon && existsSync(icon)).toBe(true)
  })

  it('has a strict Content-Security-Policy: own scripts only, no objects, no framing', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'")
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe/)
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'")
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'")
  })

  it('opens external links only to allow-listed https hosts', () => {
    expect(isAllowedExternalUrl('https://sypx.csu.edu.cn/')).toBe(true)
    expect(isAllowedExternalUrl('http://sypx.csu.edu.cn/')).toBe(false)
    expect(isAllowedExternalUrl('https://evil.example/')).toBe(false)
    expect(isAllowedExternalUrl('file:///etc/passwd')).toBe(false)
  })

  it('accepts IPC only from the main frame of the app protocol', () => {
    expect(isAppUrl('app://xueshi/index.html')).toBe(true)
    expect(isTrustedSender({ senderFrame: { url: 'app://xueshi/index.html', parent: null } } as never)).toBe(true)
    expect(isTrustedSender({ senderFrame: { url: 'https://evil.example/', parent: null } } as never)).toBe(false)
    expect(isTrustedSender({ senderFrame: { url: 'app://xueshi/index.html', parent: {} } } as never)).toBe(false)
    expect(isTrustedSender({ senderFrame: null } as never)).toBe(false)
  })
})
