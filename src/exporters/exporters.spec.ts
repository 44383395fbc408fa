import { describe, expect, it } from 'vitest'

import { CSV_COLUMNS } from '../importers/csvColumns'
import { parseQuestions } from '../importers/index'
import { collect, drafts } from '../importers/testSupport'
import type { ExportFormat, QuestionDraft } from '../questions/types'
import { exportQuestions } from './index'
import { SAMPLE_DRAFTS } from './sampleDrafts'

const text = async (format: ExportFormat, list: readonly QuestionDraft[]) => (await collect(exportQuestions(format, list))).join('')
const [sba, , trueFalse, , , numerical, tenOptions] = SAMPLE_DRAFTS

describe('GIFT export', () => {
  it('escapes ~ = # { } : and backslashes, writes weights, feedback and the explanation', async () => {
    const gift = await text('gift', [sba])
    expect(gift).toContain('// [id:anat-001] [tag:anatomy] [tag:upper limb] [tag:semi;colon]\n::Wrist drop\\: \\{C5–T1\\} \\~ roots \\# 1::[html]')
    expect(gift).toContain('5 \\= 3 + 2, \\{braces\\}, \\~tilde, \\#hash &amp; C\\:\\\\temp')
    expect(gift).toContain('\n=Radial nerve#Yes \\= correct \\#1\n~%50%Posterior interosseous nerve#Half\\: no sensory loss.\n~%-33.33333%Ulnar nerve\n')
    expect(gift).toMatch(/\n####<p>The <strong>radial<\/strong> nerve \(C5–T1\) supplies the extensors.<\/p>\n}\n\n$/)
  })

  it('writes true/false as TRUE/FALSE#wrong feedback#right feedback and numerical as {#=value:tolerance}', async () => {
    expect(await text('gift', [trueFalse])).toContain('{\nFALSE#No\\: right shift.#Correct.\n####')
    expect(await text('gift', [numerical])).toContain('{#\n=12:0#Exactly.\n=%50%12:2\n=%10%-1.5e-7:0.25#Odd.\n####')
  })
})

describe('Moodle XML export', () => {
  it('writes idnumber, CDATA (splitting "]]>") and base64 files next to the texts that cite them', async () => {
    const draft: QuestionDraft = {
      ...trueFalse,
      externalId: 'T & F <1>',
      stemHtml: '<p>a ]]&gt; b]]> c</p>',
      options: trueFalse.options.map((o) => (o.correct ? { ...o, feedback: '<p><img src="@@PLUGINFILE@@/ok.png" /></p>' } : o)),
      media: [{ filename: 'ok.png', mimeType: 'image/png', base64: 'AAAA' }],
    }
    const xml = await text('moodle-xml', [draft])
    expect(xml).toContain('<idnumber>T &amp; F &lt;1&gt;</idnumber>')
    expect(xml).toContain('<![CDATA[<p>a ]]&gt; b]]]]><![CDATA[> c</p>]]>')
    expect(xml.match(/<file name="ok.png" path="\/" encoding="base64">AAAA<\/file>/g)).toHaveLength(2) // question text + the feedback citing it
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<quiz>\n {2}<question type="category">/)
    const [back] = drafts(await collect(parseQuestions('moodle-xml', xml)))
    expect(back).toMatchObject({ externalId: 'T & F <1>', stemHtml: '<p>a ]]&gt; b]]&gt; c</p>', media: draft.media })
  })
})

describe('CSV export', () => {
  it('writes the documented header, then options A–H in columns and the rest in more_options', async () => {
    const [header, row] = (await text('csv', [tenOptions])).split('\n')
    expect(header).toBe(CSV_COLUMNS.join(','))
    expect(row).toContain(',Acne,Bullous pemphigoid,Cellulitis,Dermatitis,Eczema herpeticum,Folliculitis,Granuloma annulare,Herpes zoster,I: Impetigo || J: Jaundice,')
    expect(row).toContain('<p>Comedones.</p> => A || <p>Tense blisters, elderly.</p> => B || <p>Honey-crusted sores.</p> => I')
  })
})

it('rejects an unknown format clearly', () => {
  expect(() => exportQuestions('pdf' as ExportFormat, [])).toThrow('Unknown export format "pdf"')
})
