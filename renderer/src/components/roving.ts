import type { KeyboardEvent } from 'react';

export type ArrowKey = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight';

/** Which way a key moves within a row of choices: a step, or to the first or last one. */
const moves: Record<string, 'next' | 'previous' | 'first' | 'last'> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  Home: 'first',
  End: 'last',
};

/**
 * The index a key moves to among `count` items from `current` (wrapping round, as radio
 * groups do), or null when the key is not a move.
 */
export function rovingTarget(key: string, current: number, count: number): number | null {
  const move = moves[key];
  if (!move || count === 0) return null;
  if (move === 'first') return 0;
  if (move === 'last') return count - 1;
  const from = current < 0 ? 0 : current;
  return (from + (move === 'next' ? 1 : -1) + count) % count;
}

/**
 * The tab index of item `index` of a roving group: 0 on the chosen one (the first when
 * none is chosen), -1 elsewhere, so the whole group is one Tab stop.
 */
export function rovingTabIndex(index: number, chosenIndex: number): 0 | -1 {
  return index === (chosenIndex < 0 ? 0 : chosenIndex) ? 0 : -1;
}

/**
 * Arrows, Home and End among the group's items matching `items`: the focus moves, and with
 * `choose` the item is pressed too (radio buttons and tabs choose what they move to). The
 * key is used (default prevented), so no shortcut of the screen also acts on it (an arrow
 * on the importance choices once nudged the selected circle).
 */
function moveWithin(event: KeyboardEvent<HTMLElement>, items: string, choose: (item: HTMLElement) => void): void {
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
  const all = [...event.currentTarget.querySelectorAll<HTMLElement>(items)].filter((el) => !el.hidden);
  const current = all.findIndex((el) => el === document.activeElement);
  if (current < 0) return;
  const next = rovingTarget(event.key, current, all.length);
  if (next === null) return;
  event.preventDefault();
  const item = all[next]!;
  for (const el of all) el.tabIndex = el === item ? 0 : -1;
  item.focus();
  choose(item);
}

/**
 * A radio group the standard way (roving tab index): one Tab stop, on the chosen option
 * (`tabIndex={rovingTabIndex(i, chosen)}` on each option); the arrows move to another
 * option and choose it, as with native radio buttons. Disabled options are skipped.
 */
export function onRadioGroupKeyDown(event: KeyboardEvent<HTMLElement>): void {
  moveWithin(event, '[role="radio"]:not([disabled])', (option) => {
    if (option.getAttribute('aria-checked') !== 'true') option.click();
  });
}

/** A tab list the same way: one Tab stop on the open tab; the arrows open the next one. */
export function onTabListKeyDown(event: KeyboardEvent<HTMLElement>): void {
  moveWithin(event, '[role="tab"]:not([disabled])', (tab) => {
    if (tab.getAttribute('aria-selected') !== 'true') tab.click();
  });
}

/**
 * A toolbar (`role="toolbar"`): one Tab stop, on the button last moved to (the first at
 * the start, `tabIndex={rovingTabIndex(i, 0)}`); the arrows move between its buttons,
 * Enter or Space presses one.
 */
export function onToolbarKeyDown(event: KeyboardEvent<HTMLElement>): void {
  moveWithin(event, 'button:not([disabled])', () => undefined);
}
