/** The one IPC channel; call names travel inside it and are checked by the registry. */
export const IPC_CHANNEL = 'xueshi:call'
