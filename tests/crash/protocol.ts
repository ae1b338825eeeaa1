/** What the crash child (saveLoop.ts) does at step n, and the lines it prints, shared with the parent. */
export const operations = ['participant', 'session', 'exercise'] as const;
export type Operation = (typeof operations)[number];

export const operationOf = (n: number): Operation => operations[n % operations.length]!;
export const participantName = (n: number) => `Peserta ${n}`;
export const sessionNotes = (n: number) => `Catatan rapat nomor ${n}`;
/** The step whose session.update wrote these notes, or null for notes the child did not write. */
export function stepOfNotes(notes: string): number | null {
  const match = /^Catatan rapat nomor (\d+)$/.exec(notes);
  return match ? Number(match[1]) : null;
}
export const statementText = (n: number) => `Pernyataan versi ${n}`;

export type ChildLine =
  | { kind: 'ready' }
  | { kind: 'ack'; n: number; operation: Operation; version?: number }
  | { kind: 'fail'; text: string };

/** The complete lines of a child's output (a line cut off by the kill is not one). */
export function parseChildOutput(output: string): ChildLine[] {
  const complete = output.slice(0, output.lastIndexOf('\n') + 1);
  return complete
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line): ChildLine => {
      if (line === 'READY') return { kind: 'ready' };
      const ack = /^ACK (\d+) (participant|session|exercise)(?: (\d+))?/.exec(line);
      if (ack) {
        const version = ack[2] === 'exercise' ? Number(ack[3]) : undefined;
        return { kind: 'ack', n: Number(ack[1]), operation: ack[2] as Operation, ...(version ? { version } : {}) };
      }
      return { kind: 'fail', text: line };
    });
}
