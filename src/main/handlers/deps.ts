import type { FileTokens } from '../files/fileTokens'

/** What handlers need beyond the services: the opaque file tokens the transports hand out. */
export interface HandlerDeps {
  files: FileTokens
}
