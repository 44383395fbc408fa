/** Drafts covering the six types, partial credit, feedback, unicode and GIFT control characters: test data for the specs. */
import type { QuestionDraft } from '../questions/types'

const PIXEL = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='
const base: Pick<QuestionDraft, 'tags' | 'references' | 'media'> = { tags: [], references: [], media: [] }

export const SAMPLE_DRAFTS: QuestionDraft[] = [
  {
    ...base,
    externalId: 'anat-001',
    type: 'sba',
    name: 'Wrist drop: {C5–T1} ~ roots # 1',
    stemHtml: '<p>Which nerve is injured in “wrist drop”? Note: 5 = 3 + 2, {braces}, ~tilde, #hash &amp; C:\\temp</p>',
    explanationHtml: '<p>The <strong>radial</strong> nerve (C5–T1) supplies the extensors.</p>',
    categoryPath: ['Anatomy & Embryology', 'Upper limb / hand'],
    tags: ['anatomy', 'upper limb', 'semi;colon'],
    difficulty: 3,
    options: [
      { key: 'a', text: 'Median nerve', correct: false, fraction: 0, feedback: 'Median: ape hand.' },
      { key: 'b', text: 'Radial nerve', correct: true, fraction: 1, feedback: 'Yes = correct #1' },
      { key: 'c', text: 'Posterior interosseous nerve', correct: false, fraction: 0.5, feedback: 'Half: no sensory loss.' },
      { key: 'd', text: 'Ulnar nerve', correct: false, fraction: -0.3333333 },
      { key: 'e', text: 'Axillary nerve', correct: false, fraction: 0 },
    ],
    references: [{ citation: "Gray's Anatomy, 42nd ed., p. 812 || chapter 49", url: 'https://example.org/grays?p=812' }, { citation: 'Lecture notes <week 3>' }],
  },
  {
    ...base,
    externalId: 'pharm-002',
    type: 'multiple-response',
    name: 'CYP450 inducers',
    stemHtml: '<p>Which drugs <em>induce</em> CYP3A4? Select all that apply.</p>',
    categoryPath: ['Pharmacology'],
    tags: ['pharmacology'],
    difficulty: 4,
    options: [
      { key: 'a', text: 'Rifampicin', correct: true, fraction: 0.3333333, feedback: 'Classic inducer.' },
      { key: 'b', text: 'Carbamazepine', correct: true, fraction: 0.3333333 },
      { key: 'c', text: 'Ketoconazole', correct: false, fraction: -1, feedback: 'An inhibitor.' },
      { key: 'd', text: "St John's wort", correct: true, fraction: 0.3333333 },
    ],
  },
  {
    ...base,
    externalId: 'phys-003',
    type: 'true-false',
    name: 'Oxygen dissociation',
    stemHtml: '<p>A rise in 2,3-BPG shifts the curve to the <u>left</u>.</p>',
    explanationHtml: '<p>It shifts it to the right (lower affinity).</p>',
    categoryPath: ['Physiology', '呼吸 (respiration) 🫁'],
    difficulty: 2,
    options: [
      { key: 'true', text: 'True', correct: false, fraction: 0, feedback: 'No: right shift.' },
      { key: 'false', text: 'False', correct: true, fraction: 1, feedback: 'Correct.' },
    ],
  },
  {
    ...base,
    externalId: 'neuro-004',
    type: 'emq',
    name: 'Nerve injuries',
    stemHtml: '<p>For each patient, choose the nerve most likely injured.</p>',
    categoryPath: ['Anatomy & Embryology', 'Upper limb / hand'],
    options: ['Axillary', 'Long thoracic', 'Median', 'Musculocutaneous', 'Radial', 'Ulnar'].map((text, i) => ({ key: 'abcdef'[i], text, correct: false, fraction: 0 })),
    emq: {
      theme: 'Nerve injuries of the upper limb',
      stems: [
        { text: '<p>Winged scapula after axillary surgery.</p>', correctKey: 'b' },
        { text: '<p>Flattened deltoid after shoulder dislocation.</p>', correctKey: 'a' },
        { text: '<p>Claw hand =&gt; ulnar side.</p>', correctKey: 'f' },
      ],
    },
  },
  {
    ...base,
    externalId: 'micro-005',
    type: 'short-answer',
    name: 'Gram stain',
    stemHtml: '<p>Name the organism: Gram-positive cocci in clusters, coagulase positive.</p>',
    categoryPath: ['Microbiology'],
    tags: ['microbiology', 'bacteria'],
    options: [],
    shortAnswer: {
      caseSensitive: true,
      answers: [
        { text: 'Staphylococcus aureus', fraction: 1, feedback: 'Yes.' },
        { text: 'S. aureus', fraction: 1 },
        { text: 'Staph #1 = aureus', fraction: 0.5, feedback: 'Spell it out; 50%.' },
      ],
    },
    media: [{ filename: 'gram stain.png', mimeType: 'image/png', base64: PIXEL }],
  },
  {
    ...base,
    externalId: 'biochem-006',
    type: 'numerical',
    name: 'Anion gap',
    stemHtml: '<p>Na 140, Cl 104, HCO₃ 24 mmol/L. Anion gap? <img src="@@PLUGINFILE@@/gap.png" alt="gap" /></p>',
    explanationHtml: '<p>140 − (104 + 24) = 12.</p>',
    categoryPath: ['Biochemistry'],
    difficulty: 1,
    options: [],
    numerical: {
      unit: 'mmol/L',
      answers: [
        { value: 12, tolerance: 0, fraction: 1, feedback: 'Exactly.' },
        { value: 12, tolerance: 2, fraction: 0.5 },
        { value: -1.5e-7, tolerance: 0.25, fraction: 0.1, feedback: 'Odd.' },
      ],
    },
    media: [{ filename: 'gap.png', mimeType: 'image/png', base64: PIXEL }],
  },
  {
    ...base,
    externalId: 'derm-007',
    type: 'emq',
    name: 'Rashes (ten options, keyed in order)',
    stemHtml: '<p>Match each description to a diagnosis.</p>',
    categoryPath: ['Dermatology'],
    options: ['Acne', 'Bullous pemphigoid', 'Cellulitis', 'Dermatitis', 'Eczema herpeticum', 'Folliculitis', 'Granuloma annulare', 'Herpes zoster', 'Impetigo', 'Jaundice'].map((text, i) => ({ key: 'abcdefghij'[i], text, correct: false, fraction: 0 })),
    emq: { stems: [{ text: '<p>Comedones.</p>', correctKey: 'a' }, { text: '<p>Tense blisters, elderly.</p>', correctKey: 'b' }, { text: '<p>Honey-crusted sores.</p>', correctKey: 'i' }] },
  },
]
