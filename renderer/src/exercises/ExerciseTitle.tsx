/**
 * Type size by title length (characters, rem): the header leaves the title about 170 px
 * at 1024x768 beside its buttons, up to three lines. Chosen from the length, not measured,
 * so the header never changes height while the facilitator works (a measured fit reflowed
 * whenever a neighbour's width changed, and the canvas below jumped under the fingers).
 */
const sizes: readonly [maxLength: number, rem: number][] = [
  [14, 1.6],
  [20, 1.3],
  [30, 1],
];
const smallest = 0.95;
/** Past this, even the smallest type would be cut: the middle goes, the start and the end stay. */
const longest = 34;
const keptStart = 18;
const keptEnd = longest - keptStart;

/**
 * The title of an open exercise, whole: "Kondisi sekarang (sesudah)" must never lose
 * "(sesudah)", or the facilitator may edit the wrong diagram. A very long title is
 * shortened in the middle on screen and read whole by screen readers.
 */
export function ExerciseTitle({ title }: { title: string }) {
  const rem = sizes.find(([max]) => title.length <= max)?.[1] ?? smallest;
  const shortened = title.length > longest;
  return (
    <h1 className="clamp-2 exercise-title" style={{ fontSize: `${rem}rem` }} title={shortened ? title : undefined}>
      {shortened ? (
        <>
          <span aria-hidden="true">{`${title.slice(0, keptStart).trimEnd()} … ${title.slice(-keptEnd).trimStart()}`}</span>
          <span className="visually-hidden">{title}</span>
        </>
      ) : (
        title
      )}
    </h1>
  );
}
