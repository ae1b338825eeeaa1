/**
 * How undo takes a change: one step, merged into the previous change with the same key
 * (typing), or not at all (a view setting, applied to every remembered state).
 */
export type HistoryMode = 'step' | 'merge' | 'none';

/**
 * A named, pure edit of an exercise document (Excalidraw's actions, without the UI):
 * the view only picks the action and its arguments, so every edit is tested without React.
 * An edit that is refused returns the same document.
 */
export interface ExerciseAction<Doc, Args> {
  name: string;
  history: HistoryMode;
  perform: (doc: Doc, args: Args) => Doc;
}

export function defineAction<Doc, Args>(action: ExerciseAction<Doc, Args>): ExerciseAction<Doc, Args> {
  return action;
}
