import type { claimsCalls } from '../../shared/contract/claims'
import { AppError } from '../../shared/errors'
import type { Handlers } from '../transport/registry'
import {
  addAttachment,
  addClaim,
  deleteClaim,
  editClaim,
  getClaimDetail,
  listAttachments,
  listClaims,
  previewClaim,
  removeAttachment,
  setEvidence
} from '../services/claims'
import type { HandlerDeps } from './deps'

export function claimsHandlers(deps: HandlerDeps): Handlers<typeof claimsCalls> {
  return {
    'claims.list': ({ offset, limit, ...filter }, { app }) => listClaims(app, filter, { offset, limit }),
    'claims.get': ({ id }, { app }) => getClaimDetail(app, id),
    'claims.preview': ({ facts }) => previewClaim(facts),
    'claims.add': (input, { app }) => addClaim(app, input),
    'claims.edit': ({ id, claim }, { app }) => editClaim(app, id, claim),
    'claims.delete': ({ id }, { app }) => {
      deleteClaim(app, id)
      return { id }
    },
    'claims.setEvidence': ({ id, evidence }, { app }) => setEvidence(app, id, evidence),
    'claims.attachments': ({ claimId }, { app }) => listAttachments(app, claimId),
    'claims.addAttachment': ({ claimId, fileToken }, { app }) => {
      const file = deps.files.get(fileToken)
      if (!file) throw new AppError('not_found', '所选文件已失效，请重新选择文件')
      return addAttachment(app, claimId, file.path, file.name)
    },
    'claims.removeAttachment': ({ claimId, attachmentId }, { app }) => {
      removeAttachment(app, claimId, attachmentId)
      return { claimId, attachmentId }
    }
  }
}
