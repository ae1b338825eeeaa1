/**
 * A random id for new elements. `crypto.randomUUID` exists only in secure contexts;
 * `getRandomValues` everywhere, so the id does not depend on how the page is served.
 */
export function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
