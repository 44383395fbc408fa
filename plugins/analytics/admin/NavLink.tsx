import React from 'react'

/** A link to the Analytics view in the admin navigation. */
export function AnalyticsNavLink() {
  return (
    <a href="/admin/analytics" className="nav__link" id="nav-analytics">
      <span className="nav__link-label">Analytics</span>
    </a>
  )
}
