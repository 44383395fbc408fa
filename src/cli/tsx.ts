import path from 'node:path'

import { projectRoot } from '../lib/projectRoot'

/** tsx's command-line entry, to run a TypeScript file in a child process: `spawn(process.execPath, [tsxCli, file, …])`. */
export const tsxCli = path.join(projectRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs')
