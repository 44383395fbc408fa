/** Short answers compare after Unicode normalisation, trimming and collapsing spaces; case too unless the key says not. */
export function normaliseAnswer(text: string, caseSensitive: boolean): string {
  const squeezed = text.normalize('NFC').trim().replace(/\s+/g, ' ')
  return caseSensitive ? squeezed : squeezed.toLocaleLowerCase('en')
}

/** A learner's number: "4,800 mL", "4800", "1.5e3", "2,5" (decimal comma) → a number, or null. */
export function parseNumber(text: string, unit?: string | null): number | null {
  let value = text.trim()
  if (unit && value.toLowerCase().endsWith(unit.toLowerCase())) value = value.slice(0, -unit.length).trim()
  if (/^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(value)) value = value.replace(/,/g, '')
  else if (/^[-+]?\d+,\d+$/.test(value)) value = value.replace(',', '.')
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?$/i.test(value)) return null
  const number = Number(value)
  return Number.isFinite(number) ? number : null
}
