import type { CollectionAfterLoginHook } from 'payload'

/** Remember when each user last signed in (shown to staff; used by inactivity reports later). */
export const recordLogin: CollectionAfterLoginHook = async ({ req, user }) => {
  await req.payload.db.updateOne({
    collection: 'users',
    data: { lastLoginAt: new Date().toISOString() },
    id: user.id,
    req,
    returning: false,
  })
  return user
}
