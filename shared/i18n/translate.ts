import { en } from './en.js';
import { id, type Dictionary } from './id.js';
import type { Language } from './languages.js';

export const dictionaries: Record<Language, Dictionary> = { id, en };

/**
 * A small lookup used where i18next does not run (the report built in the backend).
 * Keys are dotted paths; `{{name}}` placeholders are filled from `params`.
 */
export function translator(language: Language): (key: string, params?: Record<string, string | number>) => string {
  const dict = dictionaries[language];
  return (key, params) => {
    let node: unknown = dict;
    for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
    if (typeof node !== 'string') return key;
    return node.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params?.[name] ?? ''));
  };
}
