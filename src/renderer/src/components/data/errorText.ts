/** The Chinese message of an error from the API (ApiError) or anything else thrown. */
export function errorText(e: unknown): string {
  if (e instanceof Error && e.message) return e.message
  return typeof e === 'string' && e ? e : '操作失败，请重试'
}
