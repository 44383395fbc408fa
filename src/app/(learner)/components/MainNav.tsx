'use client'

import Link from 'next/link'
import { usePathname } from 'next/navigation'
import React from 'react'

const LINKS = [
  { href: '/practice', label: 'Practice' },
  { href: '/exams', label: 'Exams' },
  { href: '/history', label: 'History' },
  { href: '/resources', label: 'Resources' },
  { href: '/profile', label: 'Profile' },
]

/** The app's sections; the current one is marked for assistive technology as well as by sight. */
export function MainNav() {
  const pathname = usePathname() ?? '/'
  return (
    <nav aria-label="Main" className="mainnav">
      {LINKS.map((link) => (
        <Link key={link.href} href={link.href} aria-current={pathname === link.href || pathname.startsWith(`${link.href}/`) ? 'page' : undefined}>
          {link.label}
        </Link>
      ))}
    </nav>
  )
}
