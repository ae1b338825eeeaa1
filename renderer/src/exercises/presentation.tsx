import { createContext, useContext } from 'react';

/**
 * Who is looking at an exercise view: the facilitator's full editor, the facilitator's own
 * screen turned into the wall (projection: controls hidden, keys still work), or the
 * projector's audience window (nothing but the work, no keys). A view reads it to hide its
 * editing controls, to move its legend into a strip outside the drawing and to grow its
 * labels for the back of the hall.
 */
export type PresentationMode = 'editor' | 'projection' | 'audience';

export const PresentationContext = createContext<PresentationMode>('editor');

export function usePresentation(): PresentationMode {
  return useContext(PresentationContext);
}

/** True when the view is on the wall (projection or audience): the room reads it from afar. */
export function useOnWall(): boolean {
  return usePresentation() !== 'editor';
}
