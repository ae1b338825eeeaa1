import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { definitionOf, exerciseTypeNames, parseExerciseBody } from '#shared/exercises/registry.js';
import { zInstitution, zVennDocument, type Institution, type VennDocument } from '#shared/exercises/venn/schema.js';
import { boundedList, maxInstitutions } from '#shared/model/limits.js';
import { rememberingList, sameValues } from '#shared/model/rememberingList.js';
import { largestLegalBody } from '../support/largestBodies.js';

const institution = (n: number, changes: Partial<Institution> = {}): Institution => ({
  id: `i${n}`,
  name: `Lembaga ${n}`,
  kind: 'community',
  relation: 'supportive',
  importance: 2,
  x: 100 + n,
  y: -n,
  notes: '',
  ...changes,
});
const venn = (institutions: unknown[]): unknown => ({ schemaVersion: 1, colourBy: 'relation', institutions });
/** What the renderer's message becomes on its way to the backend: fresh objects, the same values. */
const sent = <V>(value: V): V => structuredClone(value);

describe('a list that remembers the records it validated', () => {
  it('parses only what changed since the last parse, and returns the same values as parsing all', () => {
    const list = rememberingList(zInstitution, maxInstitutions);
    const first = list.parse(sent([institution(1), institution(2), institution(3)]));
    const moved = sent([institution(1), institution(2, { x: 500 }), institution(3)]);
    const second = list.parse(moved);
    expect(second).toEqual(z.array(zInstitution).parse(moved));
    // The unchanged records are the ones validated before; the moved one is new.
    expect(second[0]).toBe(first[0]);
    expect(second[1]).not.toBe(first[1]);
    expect(second[1]?.x).toBe(500);
    expect(second[2]).toBe(first[2]);
  });

  it('normalises a changed record as every parse does, and a record keeps its normalised text', () => {
    const list = rememberingList(zInstitution, maxInstitutions);
    const typed = sent([institution(1, { name: 'Bank\u0007 Desa \ud800' })]);
    const [once] = list.parse(typed);
    expect(once?.name).toBe('Bank Desa \ufffd');
    // Sent back as the renderer now shows it: the same record.
    const [again] = list.parse(sent([once]));
    expect(again).toBe(once);
    // Sent as typed again (the raw text differs from the record): parsed again, to the same text.
    const [retyped] = list.parse(typed);
    expect(retyped).not.toBe(once);
    expect(retyped?.name).toBe('Bank Desa \ufffd');
  });

  it('refuses a bad record with the same code and path as a plain list, and forgets nothing it knew', () => {
    const list = rememberingList(zInstitution, maxInstitutions);
    const plain = boundedList(zInstitution, maxInstitutions);
    list.parse(sent([institution(1), institution(2)]));
    const bad = sent([institution(1), institution(2, { name: '   ' }), institution(3, { importance: 7 as 1 })]);
    const refused = list.safeParse(bad);
    const reference = plain.safeParse(bad);
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((i) => [i.code, i.path, i.message])).toEqual(
      reference.error?.issues.map((i) => [i.code, i.path, i.message]),
    );
    expect(refused.error?.issues.map((i) => i.path)).toEqual([
      [1, 'name'],
      [2, 'importance'],
    ]);
    // Inside a body, the path names the list: what the refusal tells the user.
    const inBody = zVennDocument.safeParse(venn(bad));
    expect(inBody.error?.issues[0]?.path).toEqual(['institutions', 1, 'name']);
    const tooMany = zVennDocument.safeParse(
      venn(Array.from({ length: maxInstitutions + 1 }, (_, n) => institution(n))),
    );
    expect(tooMany.error?.issues[0]).toMatchObject({ code: 'too_big', message: 'too_many', path: ['institutions'] });
  });

  it('never takes a value of another kind as equal, even one that would write the same JSON', () => {
    const list = rememberingList(zInstitution, maxInstitutions);
    list.parse(sent([institution(1, { notes: '2026-11-30T00:00:00.000Z' })]));
    const date = { ...institution(1), notes: new Date('2026-11-30T00:00:00.000Z') };
    expect(list.safeParse([date]).success).toBe(false);
    const boxed = { ...institution(1), notes: new String('2026-11-30T00:00:00.000Z') };
    expect(list.safeParse([boxed]).success).toBe(false);
    const extra = { ...institution(1), notes: '2026-11-30T00:00:00.000Z', colour: 'red' };
    expect(list.parse([extra])[0]).not.toHaveProperty('colour');
    expect(sameValues({ a: [1, 2] }, { a: [1, 2] })).toBe(true);
    expect(sameValues({ a: [1, 2], b: undefined }, { a: [1, 2] })).toBe(false);
    // eslint-disable-next-line no-sparse-arrays -- a hole is what a structured clone can carry
    expect(sameValues([1, , 3], [1, 2, 3])).toBe(false);
    expect(sameValues([1, 2, 3], [1, 2, 3, 4])).toBe(false);
    expect(sameValues(Object.create(null), {})).toBe(false);
  });

  it('shares its records frozen: a change in place throws instead of changing what later parses return', () => {
    const [record] = rememberingList(zInstitution, maxInstitutions).parse(sent([institution(1)]));
    expect(() => {
      (record as { x: number }).x = 9;
    }).toThrow(TypeError);
  });

  it('a Venn saved again after a move returns the same body as a fresh parse', () => {
    const before = sent(venn([institution(1), institution(2)]));
    const first = parseExerciseBody('venn', before);
    const after = sent(venn([institution(1, { y: 40 }), institution(2)]));
    const second = parseExerciseBody('venn', after);
    expect(first.success).toBe(true);
    if (!second.success) throw second.error;
    expect((second.data as VennDocument).institutions).toEqual([institution(1, { y: 40 }), institution(2)]);
  });
});

describe('every type parses its own output to itself (what a remembered record relies on)', () => {
  for (const type of exerciseTypeNames()) {
    it(type, () => {
      for (const body of [definitionOf(type).empty(), largestLegalBody(type)]) {
        const once = parseExerciseBody(type, sent(body));
        if (!once.success) throw once.error;
        const twice = parseExerciseBody(type, sent(once.data));
        if (!twice.success) throw twice.error;
        expect(twice.data).toEqual(once.data);
      }
    });
  }
});
