import { resolveDbPath } from '../storage/paths'
import { createApp, type AppInstance } from '../app/createApp'
import { stringOption, type Parsed } from './command'

/** Opens the database named by --db / XUESHI_DB / the desktop default, runs fn, closes it. */
export async function withApp<T>(args: Parsed, fn: (instance: AppInstance) => Promise<T> | T): Promise<T> {
  const instance = await createApp(resolveDbPath(stringOption(args, 'db')))
  try {
    return await fn(instance)
  } finally {
    instance.close()
  }
}
