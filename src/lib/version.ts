import packageJson from '../../package.json'

export const PRACTICA_VERSION: string = packageJson.version
