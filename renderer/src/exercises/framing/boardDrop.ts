import type { DragEvent } from 'react';

/** Where a card can go besides a column: back to the loose cards, or into a new column. */
export const looseTarget = '__loose__';
export const newColumnTarget = '__new__';
/** Marks a place a card can be dropped on, with its target: a finger's drag finds it under the finger. */
export const dropTargetAttribute = 'data-drop-target';

// Plain text with a prefix: the one drag type every platform keeps.
const cardMime = 'text/plain';
const cardPrefix = 'rembug-card:';

export function startCardDrag(e: DragEvent<HTMLElement>, cardId: string): void {
  e.dataTransfer.setData(cardMime, cardPrefix + cardId);
  e.dataTransfer.effectAllowed = 'move';
}

/**
 * What makes a column (or the loose pile, or "new column") take a dropped card. The
 * highlight is set on the element directly: a React update on every dragover would
 * re-render the whole board many times a second while dragging.
 */
export function cardDropProps(target: string, onDrop: (cardId: string, target: string) => void) {
  return {
    [dropTargetAttribute]: target,
    onDragOver: (e: DragEvent<HTMLElement>) => {
      if (!e.dataTransfer.types.includes(cardMime)) return;
      e.preventDefault();
      e.currentTarget.classList.add('over');
    },
    onDragLeave: (e: DragEvent<HTMLElement>) => {
      if (!e.currentTarget.contains(e.relatedTarget as Node | null)) e.currentTarget.classList.remove('over');
    },
    onDrop: (e: DragEvent<HTMLElement>) => {
      e.preventDefault();
      e.currentTarget.classList.remove('over');
      const data = e.dataTransfer.getData(cardMime);
      if (data.startsWith(cardPrefix)) onDrop(data.slice(cardPrefix.length), target);
    },
  };
}
