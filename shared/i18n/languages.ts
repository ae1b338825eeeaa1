export const languages = ['id', 'en'] as const;
export type Language = (typeof languages)[number];
/** Indonesian first: the people we build for work in it. */
export const defaultLanguage: Language = 'id';
