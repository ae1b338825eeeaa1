import type { RefusalReason } from '../result.js';

/**
 * How undo takes a change: one step, merged into the previous change with the same key
 * (typing in one cell or field), or not at all (a view setting, applied to every
 * remembered state).
 */
export type HistoryMode = 'step' | 'merge' | 'none';

/**
 * A named, pure edit of an exercise document (Excalidraw's actions, without the UI):
 * the view only picks the action and its arguments, so every edit is tested without
 * React. A refused edit, or one that changes nothing, returns the same document, and the
 * refusal says why in the user's words (`errors.<reason>`).
 */
export interface ExerciseAction<Doc, Args> {
  name: string;
  history: HistoryMode;
  /** For `merge`: the key that joins edits (the cell being typed in); default the name. */
  mergeKey?: (args: Args) => string;
  /** Why the edit cannot be made now, or null. */
  refuse: (doc: Doc, args: Args) => RefusalReason | null;
  perform: (doc: Doc, args: Args) => Doc;
}

export interface ActionSpec<Doc, Args> {
  name: string;
  history: HistoryMode;
  mergeKey?: (args: Args) => string;
  refuse?: (doc: Doc, args: Args) => RefusalReason | null;
  /** The edit itself, run only when `refuse` finds nothing against it. */
  perform: (doc: Doc, args: Args) => Doc;
}

export function defineAction<Doc, Args>({
  refuse = () => null,
  perform,
  ...rest
}: ActionSpec<Doc, Args>): ExerciseAction<Doc, Args> {
  return { ...rest, refuse, perform: (doc, args) => (refuse(doc, args) ? doc : perform(doc, args)) };
}
