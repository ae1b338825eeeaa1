import { en } from './en.js';
import { id, type Dictionary } from './id.js';
import type { Language } from './languages.js';

export const dictionaries: Record<Language, Dictionary> = { id, en };

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Every dotted path that names a string in the dictionaries: a typo does not compile. */
export type TranslationKey = Leaves<Dictionary>;

/**
 * `lng` is the language it speaks (i18next's bound `t` carries it too), read by
 * `languageOf` where numbers and dates are formatted.
 */
export type Translate = ((key: TranslationKey, params?: Record<string, string | number>) => string) & {
  readonly lng?: string;
};

/**
 * Adds the strings of a type registered from outside the dictionaries (see
 * `ExerciseDefinition.messages`) under its own namespace, in every language it brings.
 */
export function addMessages(namespace: string, messages: Partial<Record<Language, Record<string, unknown>>>): void {
  for (const [language, strings] of Object.entries(messages))
    (dictionaries[language as Language] as unknown as Record<string, unknown>)[namespace] = strings;
}

/**
 * A small lookup used where i18next does not run (the report built in the backend).
 * Keys are dotted paths; `{{name}}` placeholders are filled from `params`; a key with no
 * string is handed to `onMissing`.
 */
export function translator(language: Language, onMissing?: (key: string) => void): Translate {
  const dict = dictionaries[language];
  const translate = (key: TranslationKey, params?: Record<string, string | number>): string => {
    let node: unknown = dict;
    for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
    if (typeof node !== 'string') {
      // Never silent: the caller hears of it (the backend logs it); the page shows the key.
      onMissing?.(key);
      return key;
    }
    return node.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params?.[name] ?? ''));
  };
  return Object.assign(translate, { lng: language });
}
