import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import i18n, { errorText } from '#renderer/i18n.js';
import { formatNumber } from '#shared/i18n/format.js';
import { emptyConsensusDocument, emptyStatementDocument, emptyTreeDocument } from '#shared/exercises/framing/schema.js';
import { emptyMatrixDocument, emptyPairwiseDocument, emptyVoteDocument } from '#shared/exercises/ranking/schema.js';
import type { ExerciseTypeName } from '#shared/exercises/registry.js';
import { emptyResourceMapDocument } from '#shared/exercises/resources/schema.js';
import { emptyActionPlanDocument, emptyActivity, maxPlanActivities } from '#shared/exercises/actionPlan/schema.js';
import { emptyIndicatorsDocument, maxIndicators } from '#shared/exercises/indicators/schema.js';
import { emptyMonitoringDocument, maxMeasurements } from '#shared/exercises/monitoring/schema.js';
import { emptySuccessesDocument, maxSuccesses } from '#shared/exercises/successes/schema.js';
import { emptyEvaluationDocument, maxEvaluationGroups } from '#shared/exercises/evaluation/schema.js';
import { emptyVennDocument, type Institution } from '#shared/exercises/venn/schema.js';
import {
  maxAgreements,
  maxBodyCharacters,
  maxCards,
  maxCites,
  maxInstitutions,
  maxNameLength,
  maxRankGroups,
  maxRankItems,
  maxShapeCoordinates,
  maxTreeNodes,
} from '#shared/model/limits.js';
import type { AppError } from '#shared/result.js';
import { communityWithSession, fgd } from '../support/coreFixtures.js';
import { largestBodyTypes, largestLegalBody, longId } from '../support/largestBodies.js';

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

function institution(i: number, name = `Lembaga ${i}`): Institution {
  return { id: `i${i}`, name, kind: 'ngo', relation: 'neutral', importance: 2, x: i, y: 0, notes: '' };
}

/** The body as the file holds it, read with a connection of its own. */
function storedBody(file: string, id: string): string {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare('SELECT body FROM exercises WHERE id = ?').get(id) as { body: string }).body;
  } finally {
    db.close();
  }
}

async function fileWithLargestBody(type: ExerciseTypeName) {
  const fixture = await communityWithSession();
  const exercise = await fixture.call('exercise.create', { sessionId: fixture.session.id, type, title: 'Terbesar' });
  const body = largestLegalBody(type);
  expect(await fixture.call('exercise.save', { id: exercise.id, baseVersion: 1, body })).toEqual({ version: 2 });
  return { ...fixture, exercise, body };
}

/** One body per type with one list or record a single entry over its limit. */
const oneOver: Record<ExerciseTypeName, { body: unknown; field: string; max: number }> = {
  venn: {
    body: { ...emptyVennDocument(), institutions: range(maxInstitutions + 1).map((i) => institution(i)) },
    field: 'institutions',
    max: maxInstitutions,
  },
  pairwise: {
    body: {
      ...emptyPairwiseDocument(),
      choices: Object.fromEntries(range(maxRankGroups + 1).map((g) => [`g${g}`, {}])),
    },
    field: 'choices',
    max: maxRankGroups,
  },
  matrix: {
    body: {
      ...emptyMatrixDocument(),
      cells: { all: Object.fromEntries(range(maxRankItems + 1).map((o) => [`o${o}`, {}])) },
    },
    field: 'cells.all',
    max: maxRankItems,
  },
  vote: {
    body: {
      ...emptyVoteDocument(),
      mode: 'ranked',
      ballots: {
        all: [
          {
            id: 'b1',
            participantId: null,
            label: 'Bu Siti',
            dots: Object.fromEntries(range(maxRankItems + 1).map((o) => [`o${o}`, 0])),
            order: [],
          },
        ],
      },
    },
    field: 'ballots.all.0.dots',
    max: maxRankItems,
  },
  consensus: {
    body: { ...emptyConsensusDocument(), loose: range(maxCards + 1).map((c) => `k${c}`) },
    field: 'loose',
    max: maxCards,
  },
  tree: {
    body: {
      ...emptyTreeDocument(),
      nodes: [
        ...emptyTreeDocument().nodes,
        ...range(maxTreeNodes).map((n) => ({
          id: `n${n}`,
          parentId: 'focal',
          side: 'cause',
          problem: '',
          objective: '',
          collapsed: false,
        })),
      ],
    },
    field: 'nodes',
    max: maxTreeNodes,
  },
  statement: {
    body: {
      ...emptyStatementDocument(),
      cites: range(maxCites + 1).map((c) => ({ exerciseId: 'e1', itemId: `k${c}`, label: `Kartu ${c}` })),
    },
    field: 'cites',
    max: maxCites,
  },
  resourceMap: {
    body: {
      ...emptyResourceMapDocument(),
      shapes: [{ id: 's1', layer: 'pen', points: range(maxShapeCoordinates + 1) }],
    },
    field: 'shapes.0.points',
    max: maxShapeCoordinates,
  },
  actionPlan: {
    body: {
      ...emptyActionPlanDocument(),
      activities: range(maxPlanActivities + 1).map((a) => emptyActivity(`a${a}`)),
    },
    field: 'activities',
    max: maxPlanActivities,
  },
  indicators: {
    body: {
      ...emptyIndicatorsDocument(),
      indicators: range(maxIndicators + 1).map((i) => ({
        id: `i${i}`,
        name: 'RT punya tandon air hujan',
        unit: 'RT',
        baseline: { value: 3, date: '2026-05-28' },
        target: { value: 15, date: '2027-01-31' },
        link: null,
      })),
    },
    field: 'indicators',
    max: maxIndicators,
  },
  monitoring: {
    body: {
      ...emptyMonitoringDocument(),
      measurements: range(maxMeasurements + 1).map((m) => ({
        id: `m${m}`,
        indicatorId: 'i',
        value: m,
        date: '2026-10-20',
        measuredBy: '',
        note: '',
        photoId: null,
      })),
    },
    field: 'measurements',
    max: maxMeasurements,
  },
  successes: {
    body: {
      ...emptySuccessesDocument(),
      successes: range(maxSuccesses + 1).map((s) => ({
        id: `s${s}`,
        title: `Tonggak ${s}`,
        achievedOn: '',
        evidence: '',
        photoId: null,
        contributors: [],
      })),
    },
    field: 'successes',
    max: maxSuccesses,
  },
  evaluation: {
    body: {
      ...emptyEvaluationDocument(),
      groups: range(maxEvaluationGroups + 1).map((g) => ({ id: `g${g}`, seed: null, name: `Kelompok ${g}` })),
    },
    field: 'groups',
    max: maxEvaluationGroups,
  },
};

describe.each(largestBodyTypes)('the largest legal %s body', (type) => {
  it('saves, and reads back equal from the file', async () => {
    const { call, exercise, body, file } = await fileWithLargestBody(type);
    const size = JSON.stringify(body).length;
    // Either the whole-body limit is what stops it growing, or everything is at its maximum.
    expect(size).toBeLessThanOrEqual(maxBodyCharacters);
    expect(await call('exercise.get', { id: exercise.id })).toMatchObject({ version: 2, body });
    expect(JSON.parse(storedBody(file, exercise.id))).toEqual(body);
  });

  it('one entry over a list or record limit is refused in the user’s words, and the file keeps the saved body', async () => {
    const { send, call, exercise, file } = await fileWithLargestBody(type);
    const before = storedBody(file, exercise.id);
    const { body, field, max } = oneOver[type];
    const result = await send('exercise.save', { id: exercise.id, baseVersion: 2, body });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', params: { reason: 'too_many', field, max: String(max) } },
    });
    const error = (result as { error: AppError }).error;
    expect(errorText(i18n.getFixedT('id'), error)).toBe(
      `Terlalu banyak isian (batas ${formatNumber('id', max)}). Tidak ada yang disimpan.`,
    );
    expect(errorText(i18n.getFixedT('en'), error)).toBe(
      `Too many entries (limit ${formatNumber('en', max)}). Nothing was saved.`,
    );
    expect(storedBody(file, exercise.id)).toBe(before);
    expect(await call('exercise.get', { id: exercise.id })).toMatchObject({ version: 2 });
  });
});

describe('bodies and text over their limits', () => {
  it('a body one character over the whole-body limit is refused before it is read; the file is unchanged', async () => {
    const { send, exercise, file } = await fileWithLargestBody('venn');
    const before = storedBody(file, exercise.id);
    // Two institutions whose notes make the body exactly one character too long.
    const small = { ...emptyVennDocument(), institutions: [institution(1), institution(2)] };
    const room = maxBodyCharacters - JSON.stringify(small).length;
    const over = {
      ...small,
      institutions: [
        { ...institution(1), notes: 'n'.repeat(Math.floor(room / 2)) },
        { ...institution(2), notes: 'n'.repeat(Math.ceil(room / 2) + 1) },
      ],
    };
    expect(JSON.stringify(over).length).toBe(maxBodyCharacters + 1);
    const result = await send('exercise.save', { id: exercise.id, baseVersion: 2, body: over });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', params: { reason: 'too_long', field: 'body' } },
    });
    expect(errorText(i18n.getFixedT('id'), (result as { error: AppError }).error)).toBe(
      'Terlalu panjang untuk disimpan. Tidak ada yang disimpan; persingkat teksnya atau kurangi isinya.',
    );
    expect(storedBody(file, exercise.id)).toBe(before);
  });

  it('a body of many megabytes (a pairwise record of any size, as in the issue) is refused and nothing is written', async () => {
    const { send, call, exercise, file } = await fileWithLargestBody('pairwise');
    const before = storedBody(file, exercise.id);
    const huge = {
      ...emptyPairwiseDocument(),
      choices: { all: Object.fromEntries(range(100_000).map((p) => [`${longId('a', p)}|${p}`, { choice: 'equal' }])) },
    };
    expect(JSON.stringify(huge).length).toBeGreaterThan(7_000_000);
    const result = await send('exercise.save', { id: exercise.id, baseVersion: 2, body: huge });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', params: { reason: 'too_long' } } });
    expect(storedBody(file, exercise.id)).toBe(before);
    expect((await call('exercise.get', { id: exercise.id })).version).toBe(2);
  });

  it('a name one character over its limit is refused with its limit; one at the limit is kept whole', async () => {
    const { send, call, session } = await communityWithSession();
    const exercise = await call('exercise.create', { sessionId: session.id, type: 'venn', title: 'Venn' });
    const at = { ...emptyVennDocument(), institutions: [institution(1, 'x'.repeat(maxNameLength))] };
    const over = { ...emptyVennDocument(), institutions: [institution(1, 'x'.repeat(maxNameLength + 1))] };
    expect(await send('exercise.save', { id: exercise.id, baseVersion: 1, body: over })).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        params: { reason: 'too_long', field: 'institutions.0.name', max: String(maxNameLength) },
      },
    });
    await call('exercise.save', { id: exercise.id, baseVersion: 1, body: at });
    expect((await call('exercise.get', { id: exercise.id })).body).toEqual(at);
  });

  it('a session with one agreement too many is refused as too many, with its limit, through the dispatcher', async () => {
    const { send, call, session } = await communityWithSession();
    const agreements = range(maxAgreements + 1).map((i) => `Kesepakatan ${i + 1}`);
    const refused = await send('session.update', { id: session.id, fields: { ...fgd, agreements } });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        params: { reason: 'too_many', field: 'fields.agreements', max: String(maxAgreements) },
      },
    });
    expect(errorText(i18n.getFixedT('id'), (refused as { error: AppError }).error)).toBe(
      `Terlalu banyak isian (batas ${maxAgreements}). Tidak ada yang disimpan.`,
    );
    expect((await call('session.get', { id: session.id })).agreements).toEqual([]);
  });
});

describe('odd text', () => {
  const emoji = '👩🏽‍🌾 Kelompok Tani ✓ مجلس القرية e\u0301';

  it('well-formed Unicode, tabs and line breaks are saved and read back exactly', async () => {
    const { call, session, file } = await communityWithSession();
    const exercise = await call('exercise.create', { sessionId: session.id, type: 'venn', title: emoji });
    const body = {
      ...emptyVennDocument(),
      institutions: [{ ...institution(1, `${emoji}\tRW 2`), notes: 'baris satu\nbaris\tdua\r\n' }],
    };
    await call('exercise.save', { id: exercise.id, baseVersion: 1, body });
    expect(await call('exercise.get', { id: exercise.id })).toMatchObject({ title: emoji, body });
    expect(JSON.parse(storedBody(file, exercise.id))).toEqual(body);
    await call('session.update', { id: session.id, fields: { ...fgd, title: emoji, notes: emoji } });
    expect(await call('session.get', { id: session.id })).toMatchObject({ title: emoji, notes: emoji });
  });

  it('half an emoji becomes U+FFFD alike in a body, a title and a session, and what is saved is what is read back', async () => {
    const { call, session, file, backend } = await communityWithSession();
    const title = 'Sebelum \uD83D';
    const exercise = await call('exercise.create', { sessionId: session.id, type: 'venn', title });
    const sent = { ...emptyVennDocument(), institutions: [{ ...institution(1, 'PKK \uDE00'), notes: 'a\uD83Db' }] };
    const kept = { ...emptyVennDocument(), institutions: [{ ...institution(1, 'PKK \uFFFD'), notes: 'a\uFFFDb' }] };
    await call('exercise.save', { id: exercise.id, baseVersion: 1, body: sent });
    expect(await call('exercise.get', { id: exercise.id })).toMatchObject({ title: 'Sebelum \uFFFD', body: kept });
    // The file's JSON holds the same text, not an escaped lone surrogate that the next read would see otherwise.
    expect(storedBody(file, exercise.id)).not.toMatch(/\\ud[89a-f]/i);
    expect(JSON.parse(storedBody(file, exercise.id))).toEqual(kept);
    await call('session.update', { id: session.id, fields: { ...fgd, title: '\uD83D FGD', agreements: ['x\uDE00'] } });
    expect(await call('session.get', { id: session.id })).toMatchObject({
      title: '\uFFFD FGD',
      agreements: ['x\uFFFD'],
    });
    // The same after closing and opening the file again.
    await call('community.close', {});
    backend.openPath(file);
    expect((await call('exercise.get', { id: exercise.id })).body).toEqual(kept);
    expect((await call('session.get', { id: session.id })).title).toBe('\uFFFD FGD');
  });

  it('names drop invisible control characters; free text keeps them; a name of nothing else is refused as empty', async () => {
    const { send, call, session } = await communityWithSession();
    const exercise = await call('exercise.create', { sessionId: session.id, type: 'venn', title: 'Venn' });
    const notes = 'catatan\u0007 dari kertas';
    const sent = { ...emptyVennDocument(), institutions: [{ ...institution(1, 'Pos\u0000yandu\u001B\u0085'), notes }] };
    await call('exercise.save', { id: exercise.id, baseVersion: 1, body: sent });
    expect((await call('exercise.get', { id: exercise.id })).body).toEqual({
      ...sent,
      institutions: [{ ...sent.institutions[0], name: 'Posyandu' }],
    });
    const empty = await send('exercise.save', {
      id: exercise.id,
      baseVersion: 2,
      body: { ...emptyVennDocument(), institutions: [institution(1, '\u0007')] },
    });
    expect(empty).toMatchObject({ ok: false, error: { params: { reason: 'empty_name' } } });
    expect(errorText(i18n.getFixedT('id'), (empty as { error: AppError }).error)).toBe('Nama tidak boleh kosong.');
  });
});
