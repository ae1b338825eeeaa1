/**
 * Labels the app writes for the group (an anonymous voter's "Pemilih 3", a template's
 * criteria) are stored as written, in the language of the moment, and shown in the current
 * language: a stored label that is one of ours, in any language, is translated when shown;
 * a label the group typed or renamed is shown as it is. Nothing changes in the file, so
 * files written before this (all in Indonesian) read the same way.
 */
import type { Language } from '../../i18n/languages.js';
import { dictionaries, type Translate } from '../../i18n/translate.js';
import type { MatrixDocument } from './schema.js';
import type { TemplateCriterionKey } from './templates.js';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "Pemilih 3" and "Voter 3": each language's anonymous voter label, with its number. */
const anonymousVoter = Object.values(dictionaries).map(
  (dict) => new RegExp(`^${escapeRegExp(dict.ranking.voting.anonymous).replace(escapeRegExp('{{n}}'), '(\\d+)')}$`),
);

/** A voter's label as shown: ours ("Pemilih 3") in the current language, the group's as typed. */
export function ballotLabel(label: string, t: Translate): string {
  for (const pattern of anonymousVoter) {
    const n = pattern.exec(label)?.[1];
    if (n !== undefined) return t('ranking.voting.anonymous', { n });
  }
  return label;
}

/** Every language's name of a template criterion, to its key. */
const templateCriteria = new Map<string, TemplateCriterionKey>(
  (Object.keys(dictionaries) as Language[]).flatMap((language) =>
    Object.entries(dictionaries[language].ranking.matrixScoring.criteriaNames).map(
      ([key, name]) => [name, key as TemplateCriterionKey] as const,
    ),
  ),
);

/** A criterion's name as shown: a template's ("Urgensi") in the current language, the group's as typed. */
export function criterionName(name: string, t: Translate): string {
  const key = templateCriteria.get(name);
  return key ? t(`ranking.matrixScoring.criteriaNames.${key}`) : name;
}

/** The matrix with its criteria named as shown, for everything that displays them. */
export function withCriterionNames(doc: MatrixDocument, t: Translate): MatrixDocument {
  return { ...doc, criteria: doc.criteria.map((c) => ({ ...c, name: criterionName(c.name, t) })) };
}
