import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'

import { projectRoot } from '../lib/projectRoot'
import { recordBuild } from './buildState'

const nextBin = () => path.join(projectRoot, 'node_modules', 'next', 'dist', 'bin', 'next')

export function spawnNext(args: string[], env: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, [nextBin(), ...args], {
    cwd: projectRoot,
    env: { ...process.env, NODE_OPTIONS: [process.env.NODE_OPTIONS, '--no-deprecation'].filter(Boolean).join(' '), ...env },
    stdio: 'inherit',
  })
}

export const exitOf = (child: ChildProcess): Promise<number> =>
  new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))))

/** `next build`, then stamp the build with the digest of its inputs. */
export async function buildNext(): Promise<void> {
  const code = await exitOf(spawnNext(['build'], { NEXT_TELEMETRY_DISABLED: '1', NODE_OPTIONS: '--no-deprecation --max-old-space-size=6144' }))
  if (code !== 0) throw new Error(`next build failed with exit code ${code}`)
  await recordBuild()
}
