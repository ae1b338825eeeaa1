import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleFileName } from '../../electron/core/backend.js';
import { loadSessionReportData } from '../../electron/core/report/reportData.js';
import { buildSessionReport } from '../../electron/core/report/sessionReport.js';
import { buildSampleCommunity } from '../../electron/core/sample/sampleCommunity.js';
import { checkPlan, citeKey, planTotals } from '#shared/exercises/actionPlan/checks.js';
import type { ActionPlanDocument } from '#shared/exercises/actionPlan/schema.js';
import { rankPairwise } from '#shared/exercises/ranking/pairwise.js';
import type { PairwiseDocument, VoteDocument } from '#shared/exercises/ranking/schema.js';
import { tallyVote } from '#shared/exercises/ranking/voting.js';
import { capitals } from '#shared/exercises/resources/capitals.js';
import { photoSize, type ResourceMapDocument } from '#shared/exercises/resources/schema.js';
import type { StatementDocument } from '#shared/exercises/framing/schema.js';
import { contributionsOf, exerciseTypeNames, type ExerciseTypeName } from '#shared/exercises/registry.js';
import { compareVenn } from '#shared/exercises/venn/compare.js';
import type { VennDocument } from '#shared/exercises/venn/schema.js';
import { phases } from '#shared/model/process.js';
import type { Session } from '#shared/model/session.js';
import { makeBackend } from '../support/coreFixtures.js';
import { resourcesDir, tempDir } from '../support/paths.js';

const bundled = path.join(resourcesDir, 'sample', sampleFileName);

interface OpenedExercise {
  id: string;
  type: ExerciseTypeName;
  title: string;
  body: unknown;
  session: Session;
}

/** The sample as a new user opens it: every session in full and every exercise's body, through the backend. */
async function openSample() {
  const fixture = makeBackend();
  const opened = await fixture.call('community.openSample', {});
  const sessions: Session[] = [];
  for (const s of opened.sessions) sessions.push(await fixture.call('session.get', { id: s.id }));
  const exercises: OpenedExercise[] = [];
  for (const session of sessions)
    for (const summary of session.exercises) {
      const ex = await fixture.call('exercise.get', { id: summary.id });
      exercises.push({
        id: summary.id,
        type: ex.type as ExerciseTypeName,
        title: summary.title,
        body: ex.body,
        session,
      });
    }
  const sessionTitled = (title: string): Session => sessions.find((s) => s.title === title)!;
  const ofType = <T>(type: ExerciseTypeName): (OpenedExercise & { body: T })[] =>
    exercises.filter((e) => e.type === type) as (OpenedExercise & { body: T })[];
  return { ...fixture, opened, sessions, exercises, sessionTitled, ofType };
}

describe('the sample community, Desa Sukamaju', () => {
  it('holds every exercise type Rembug has, in sessions along the three phases in the order of the path', async () => {
    const { sessions, exercises } = await openSample();
    expect(new Set(exercises.map((e) => e.type))).toEqual(new Set(exerciseTypeNames()));
    // Oldest first, the sessions never step back along the path: Dialog, then Discovery, then Development.
    const byDate = [...sessions].sort((a, b) => a.date.localeCompare(b.date));
    const phaseOrder = byDate.map((s) => phases.indexOf(s.phase as (typeof phases)[number]));
    expect(phaseOrder).toEqual([...phaseOrder].sort((a, b) => a - b));
    expect(new Set(byDate.map((s) => s.phase))).toEqual(new Set(phases));
    for (const s of sessions) {
      expect(s.participants.length, s.title).toBeGreaterThanOrEqual(10);
      expect(s.agreements.length, s.title).toBeGreaterThan(0);
    }
  });

  it('gives each villager one gender, age group and group on every attendance list', async () => {
    const { sessions, sessionTitled } = await openSample();
    const seen = new Map<string, string>();
    for (const s of sessions)
      for (const p of s.participants.filter((p) => p.name !== '')) {
        const who = `${p.gender} ${p.ageGroup} ${p.group}`;
        expect(seen.get(p.name) ?? who, `${p.name} in ${s.title}`).toBe(who);
        seen.set(p.name, who);
      }
    expect(seen.size).toBeGreaterThanOrEqual(30);
    const fgd = sessionTitled('FGD pemetaan kelembagaan').participants;
    expect(fgd).toHaveLength(24);
    expect(fgd.filter((p) => p.gender === 'female')).toHaveLength(12);
  });

  it('compares the Venn diagram of today with the one the village wants, in one session', async () => {
    const { ofType } = await openSample();
    // The evaluation at the end redraws the Venn too: the pair compared in one session is found by title.
    const venns = ofType<VennDocument>('venn');
    const today = venns.find((v) => v.title === 'Kondisi sekarang (sebelum)');
    const wanted = venns.find((v) => v.title === 'Yang kita inginkan (sesudah)');
    expect(today!.session.id).toBe(wanted!.session.id);
    const changes = new Map(compareVenn(today!.body, wanted!.body).map((c) => [c.name, c]));
    expect(changes.get('BUMDes Sukamaju Sejahtera')).toMatchObject({ importanceBefore: 1, importanceAfter: 3 });
    expect(changes.get('Fasilitator Pamsimas Kabupaten')).toMatchObject({ status: 'added', importanceAfter: 2 });
  });

  it('places the resources of its potential map on the photo of the paper map, every capital at least once', async () => {
    const { ofType, call } = await openSample();
    const [map] = ofType<ResourceMapDocument>('resourceMap');
    const photo = await call('photo.get', { id: map!.body.photo!.id });
    const jpeg = Buffer.from(photo.data, 'base64');
    expect([...jpeg.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    expect(jpeg.length).toBeLessThan(150_000);
    expect({ width: photo.width, height: photo.height }).toEqual({ width: 1200, height: 900 });
    const { width, height } = photoSize(photo);
    for (const r of map!.body.resources) {
      expect(Math.abs(r.x), r.name).toBeLessThan(width / 2);
      expect(Math.abs(r.y), r.name).toBeLessThan(height / 2);
    }
    expect(new Set(map!.body.resources.map((r) => r.capital))).toEqual(new Set(capitals));
    expect(map!.body.resources.map((r) => r.name)).toContain('Mata air Cibeureum');
  });

  it('has women and men rank the water sources apart, both putting the spring first', async () => {
    const { ofType } = await openSample();
    const [pairwise] = ofType<PairwiseDocument>('pairwise');
    const doc = pairwise!.body;
    expect(doc.groups.map((g) => g.name)).toEqual(['Perempuan', 'Laki-laki']);
    const ids = doc.items.map((i) => i.id);
    const nameOf = (id: string) => doc.items.find((i) => i.id === id)!.name;
    const ranked = doc.groups.map((g) =>
      rankPairwise(ids, doc.choices[g.id]!).ranking.map((r) => `${r.rank} ${nameOf(r.item)}`),
    );
    expect(ranked).toEqual([
      ['1 Pipa dari mata air Cibeureum', '2 Sumur bor baru', '2 Tampungan air hujan', '4 Beli air tangki'],
      ['1 Pipa dari mata air Cibeureum', '2 Sumur bor baru', '3 Beli air tangki', '4 Tampungan air hujan'],
    ]);
  });

  it('lets the people of the framing session vote by name, within the dots each had', async () => {
    const { ofType, sessionTitled } = await openSample();
    const [vote] = ofType<VoteDocument>('vote');
    const doc = vote!.body;
    const people = new Map(sessionTitled('Lokakarya membingkai solusi air bersih').participants.map((p) => [p.id, p]));
    const genderOf = { perempuan: 'female', laki: 'male' } as Record<string, string>;
    let ballots = 0;
    for (const [groupId, list] of Object.entries(doc.ballots))
      for (const b of list) {
        const voter = people.get(b.participantId!);
        expect(voter?.name).toBe(b.label);
        expect(voter?.gender).toBe(genderOf[groupId]);
        expect(Object.values(b.dots).reduce((a, n) => a + n, 0)).toBe(doc.dotsPerVoter);
        ballots += 1;
      }
    expect(ballots).toBe([...people.values()].filter((p) => p.name !== '').length);
    const first = (groupId: string) => doc.items.find((i) => i.id === tallyVote(doc, groupId).ranking[0]!.item)!.name;
    expect([first('perempuan'), first('laki')]).toEqual([
      'Mengalirkan air mata air ke kampung',
      'Mengalirkan air mata air ke kampung',
    ]);
  });

  it('frames its solution from clusters and objectives of the same session, in their current words', async () => {
    const { ofType, exercises } = await openSample();
    const [statement] = ofType<StatementDocument>('statement');
    const doc = statement!.body;
    expect(doc.text).toContain('mata air Cibeureum');
    expect(Object.values(doc.criteria).every((c) => c.met)).toBe(true);
    const citedTypes = new Set<string>();
    for (const cite of doc.cites) {
      const source = exercises.find((e) => e.id === cite.exerciseId)!;
      expect(source.session.id).toBe(statement!.session.id);
      expect(contributionsOf(source.type, source.body).citable).toContainEqual({
        itemId: cite.itemId,
        label: cite.label,
      });
      citedTypes.add(source.type);
    }
    expect(citedTypes).toEqual(new Set(['consensus', 'tree']));
  });

  it('plans the work in Development from its framed solution, with people, partners and resources it already named', async () => {
    const { ofType, call } = await openSample();
    const [plan] = ofType<ActionPlanDocument>('actionPlan');
    expect(plan!.session.phase).toBe('development');
    const doc = plan!.body;
    const [statement] = ofType<StatementDocument>('statement');
    expect(doc.goal).toBe(statement!.body.text);
    expect(doc.activities.map((a) => a.why?.sourceType)).toContain('statement');
    // Everything the plan points at is what the plan's own suggestions offer today.
    const sources = await call('plan.sources', {});
    const living = {
      citeKeys: new Set(sources.cites.map((c) => citeKey(c.exerciseId, c.itemId))),
      participantIds: new Set(sources.participantIds),
    };
    expect(checkPlan(doc, living)).toEqual({ plan: [], activities: [] });
    const cites = new Map(sources.cites.map((c) => [citeKey(c.exerciseId, c.itemId), c.label]));
    const institutions = new Set(sources.institutions.map((i) => i.name));
    const mapResources = new Set(sources.mapResources.map((r) => `${r.exerciseId}|${r.resourceId}|${r.name}`));
    // People are suggested by their latest attendance (monitoring and evaluation come later than
    // the plan); the plan keeps the entry it picked, which must still be on an attendance list.
    const suggested = new Set(sources.people.map((p) => p.name));
    const present = new Set(sources.participantIds);
    for (const a of doc.activities) {
      expect(cites.get(citeKey(a.why!.exerciseId, a.why!.itemId)), a.what).toBe(a.why!.label);
      for (const p of a.responsible) {
        expect(suggested, a.what).toContain(p.name);
        expect(p.participantId !== null && present.has(p.participantId), `${a.what}: ${p.name}`).toBe(true);
      }
      for (const partner of a.partners) expect(institutions, a.what).toContain(partner.name);
      for (const r of a.resources)
        if (r.source.kind === 'local')
          expect(mapResources, r.name).toContain(`${r.source.exerciseId}|${r.source.resourceId}|${r.source.name}`);
        else expect(r.source.kind === 'outside' && institutions.has(r.source.institution), r.name).toBe(true);
    }
    expect(doc.team.find((m) => m.role === 'ketua')?.person.name).toBe('Dedi Supriadi');
    const share = planTotals(doc).localShare!;
    expect(share).toBeGreaterThan(0.2);
    expect(share).toBeLessThan(0.5);
  });

  it('prints every session with a section for each of its exercises, the map with its photo', async () => {
    const { backend, sessions } = await openSample();
    const escaped = (text: string) => text.replace(/&/g, '&#38;').replace(/</g, '&#60;').replace(/>/g, '&#62;');
    for (const session of sessions) {
      const data = loadSessionReportData(backend.openFile!, session.id);
      const { html } = buildSessionReport(data, 'id', resourcesDir, new Date('2026-06-01T10:00:00Z'));
      for (const ex of session.exercises) expect(html, session.title).toContain(escaped(ex.title));
      for (const agreement of session.agreements) expect(html, session.title).toContain(escaped(agreement));
      const photos = html.match(/data:image\/jpeg;base64,/g) ?? [];
      expect(photos.length, session.title).toBe(session.exercises.some((e) => e.type === 'resourceMap') ? 1 : 0);
    }
  });

  it('is the file its source builds (after changing the source: npm run sample)', () => {
    const rebuilt = path.join(tempDir('sample-build'), sampleFileName);
    buildSampleCommunity(rebuilt);
    expect(contentsOf(rebuilt)).toEqual(contentsOf(bundled));
  });
});

/**
 * What a community file says, without what differs between two builds of the same
 * source: ids become what they name (an exercise by its title, a person by session and
 * place on the list, a photo by its bytes' hash) and times are left out.
 */
function contentsOf(file: string): unknown {
  const db = new Database(file, { readonly: true });
  try {
    const ids = new Map<string, string>();
    const photos = db.prepare<[], { id: string; bytes: Buffer }>('SELECT id, bytes FROM photos').all();
    for (const p of photos) ids.set(p.id, `photo ${createHash('sha256').update(p.bytes).digest('hex')}`);
    const sessions = db
      .prepare<[], Record<string, unknown> & { id: string; title: string }>(
        'SELECT id, title, date, place, facilitators, kind, phase, step, agenda, notes, agreements FROM sessions ORDER BY date',
      )
      .all();
    const participants = db.prepare<[string], { id: string; position: number }>(
      'SELECT id, position, name, gender, age_group, grp FROM participants WHERE session_id = ? ORDER BY position',
    );
    const exercises = db.prepare<[string], { id: string; title: string; type: string; body: string }>(
      'SELECT id, type, title, body FROM exercises WHERE session_id = ? ORDER BY position',
    );
    for (const s of sessions) {
      for (const p of participants.all(s.id)) ids.set(p.id, `${s.title} #${p.position}`);
      for (const e of exercises.all(s.id)) ids.set(e.id, `${s.title}: ${e.title}`);
    }
    const named = (json: string): unknown =>
      JSON.parse(json, (_key, value: unknown) => ids.get(value as string) ?? value);
    return {
      version: db.pragma('user_version', { simple: true }),
      community: db.prepare('SELECT name, desa, kecamatan, kabupaten, province, description FROM community').get(),
      sessions: sessions.map(({ id, ...s }) => ({
        ...s,
        participants: participants.all(id).map(({ id: _id, ...p }) => p),
        exercises: exercises.all(id).map(({ id: _id, body, ...e }) => ({ ...e, body: named(body) })),
      })),
      stakeholders: db.prepare('SELECT name, kind FROM stakeholders ORDER BY name').all(),
      photos: photos.map((p) => ids.get(p.id)),
      steps: db.prepare('SELECT phase, step, status FROM step_status ORDER BY phase, step').all(),
    };
  } finally {
    db.close();
  }
}
