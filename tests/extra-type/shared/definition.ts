import { z } from 'zod';
import { defineAction } from '#shared/exercises/action.js';
import { defineExercise } from '#shared/exercises/definition.js';
import type { TranslationKey } from '#shared/i18n/translate.js';
import { zId, zName } from '#shared/model/text.js';
import { esc, sectionHeading, table } from '#shared/report/html.js';

export const zChecklist = z.object({
  schemaVersion: z.literal(1),
  items: z.array(z.object({ id: zId, text: zName, done: z.boolean() })).max(200),
});
export type Checklist = z.infer<typeof zChecklist>;

export const addItem = defineAction<Checklist, { id: string; text: string }>({
  name: 'addItem',
  history: 'step',
  perform: (doc, { id, text }) =>
    text.trim() ? { ...doc, items: [...doc.items, { id, text: text.trim(), done: false }] } : doc,
});

export const toggleItem = defineAction<Checklist, { id: string }>({
  name: 'toggleItem',
  history: 'step',
  perform: (doc, { id }) => ({ ...doc, items: doc.items.map((i) => (i.id === id ? { ...i, done: !i.done } : i)) }),
});

// Its strings are not in the app's dictionaries: they join them under "checklist" when registered.
const key = (k: string) => `checklist.${k}` as TranslationKey;

export const checklistDefinition = defineExercise({
  type: 'checklist',
  version: 1,
  migrations: [],
  schema: zChecklist,
  empty: (): Checklist => ({ schemaVersion: 1, items: [] }),
  labels: { name: key('name'), create: key('create') },
  messages: {
    id: { name: 'Daftar periksa', create: 'Daftar periksa baru', item: 'Butir baru', done: 'Selesai', add: 'Tambah' },
    en: { name: 'Checklist', create: 'New checklist', item: 'New item', done: 'Done', add: 'Add' },
  },
  report: (doc, { t, title }) =>
    `<section class="exercise">${sectionHeading(t(key('name')), title)}${table(
      [t(key('item')), t(key('done'))],
      doc.items.map((i) => [esc(i.text), i.done ? '✓' : '']),
      'data',
    )}</section>`,
  contributes: (doc) => ({ names: doc.items.map((i) => i.text) }),
});
