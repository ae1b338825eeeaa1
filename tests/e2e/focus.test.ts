import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { emptyTreeDocument, type TreeDocument } from '#shared/exercises/framing/schema.js';
import { emptyVennDocument, type VennDocument } from '#shared/exercises/venn/schema.js';
import { emptyResourceMapDocument } from '#shared/exercises/resources/schema.js';
import { startApp, type AppHarness } from '../support/appHarness.js';
import { mapResource } from '../support/coreFixtures.js';
import { nodeCentre } from '../support/konva.js';
import { tempDir } from '../support/paths.js';
import { textOf, visible } from '../support/waits.js';

/** The least a focus ring may be: 3 px wide, 3:1 against what lies around it (WCAG 2.2 focus appearance). */
const minRingPx = 3;
const minRingContrast = 3;

/** What has the focus, as a person would name it, and how its ring looks on screen. */
interface FocusSeen {
  /** Tag, then the accessible text or label, then the test id: enough to name a failure. */
  what: string;
  tag: string;
  text: string;
  ringPx: number;
  ringContrast: number;
  /** The ring's box is cut by an ancestor that clips (overflow other than visible): which one. */
  clippedBy: string | null;
  /** An object's stop inside a canvas box: the canvas draws its ring around the object, not the page. */
  drawnByCanvas: boolean;
}

/**
 * The focused element and its ring: the outline (or, for a canvas box, the ring its
 * `::after` draws inside it), its width, its contrast against the colour behind it, and
 * whether an ancestor with `overflow` other than visible cuts any of it off.
 */
async function focusSeen(page: Page): Promise<FocusSeen> {
  // As a person sees it: after the page's own scrolling for the new focus (the next frames).
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(null)))),
  );
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body)
      return { what: 'body', tag: 'BODY', text: '', ringPx: 0, ringContrast: 0, clippedBy: null, drawnByCanvas: false };
    const parse = (c: string): [number, number, number, number] => {
      const m = c.match(/rgba?\(([^)]+)\)/);
      if (!m) return [0, 0, 0, 0];
      const [r, g, b, a] = m[1]!.split(/[ ,/]+/).map(Number);
      return [r!, g!, b!, a ?? 1];
    };
    const luminance = ([r, g, b]: number[]): number => {
      const lin = (v: number) => {
        const s = v / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
    };
    const contrast = (a: number[], b: number[]): number => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi! + 0.05) / (lo! + 0.05);
    };
    /** The opaque colour behind `from`: its own or its nearest ancestor's background, blended. */
    const backdrop = (from: Element | null): number[] => {
      const layers: number[][] = [];
      for (let node = from; node; node = node.parentElement) {
        const c = parse(getComputedStyle(node).backgroundColor);
        if (c[3] > 0) layers.push(c);
        if (c[3] >= 1) break;
      }
      let colour = [255, 255, 255];
      for (const [r, g, b, a] of layers.reverse()) colour = [r!, g!, b!].map((v, i) => v * a! + colour[i]! * (1 - a!));
      return colour;
    };
    const canvas = el.classList.contains('stage-canvas');
    const style = canvas ? getComputedStyle(el, '::after') : getComputedStyle(el);
    const ringPx = canvas
      ? parseFloat(style.borderTopWidth)
      : style.outlineStyle === 'none'
        ? 0
        : parseFloat(style.outlineWidth);
    const ringColour = parse(canvas ? style.borderTopColor : style.outlineColor);
    // Outside: whatever is behind the element. A canvas's ring lies on its own paper band.
    const behind = canvas
      ? parse(style.boxShadow.match(/rgba?\([^)]+\)/)?.[0] ?? 'rgb(0,0,0)')
      : backdrop(el.parentElement);
    const reach = canvas ? 0 : parseFloat(style.outlineOffset) + ringPx;
    const box = el.getBoundingClientRect();
    const ring = { left: box.left - reach, top: box.top - reach, right: box.right + reach, bottom: box.bottom + reach };
    let clippedBy: string | null = null;
    for (let node = el.parentElement; node && node !== document.documentElement; node = node.parentElement) {
      const s = getComputedStyle(node);
      if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
      const r = node.getBoundingClientRect();
      const clip = {
        left: r.left + node.clientLeft,
        top: r.top + node.clientTop,
        right: r.left + node.clientLeft + node.clientWidth,
        bottom: r.top + node.clientTop + node.clientHeight,
      };
      const tolerance = 0.5;
      if (
        ring.left < clip.left - tolerance ||
        ring.top < clip.top - tolerance ||
        ring.right > clip.right + tolerance ||
        ring.bottom > clip.bottom + tolerance
      ) {
        const edges = [
          ring.left < clip.left - tolerance ? 'left' : '',
          ring.top < clip.top - tolerance ? 'top' : '',
          ring.right > clip.right + tolerance ? 'right' : '',
          ring.bottom > clip.bottom + tolerance ? 'bottom' : '',
        ].filter(Boolean);
        clippedBy = `${node.tagName.toLowerCase()}.${[...node.classList].join('.')} (${edges.join(', ')})`;
        break;
      }
    }
    const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 60);
    return {
      what: `${el.tagName.toLowerCase()}${el instanceof HTMLInputElement ? `[${el.type}]` : ''} "${text || (el.id ? (document.querySelector(`label[for="${el.id}"]`)?.textContent ?? '') : '')}"${el.dataset.testid ? ` [${el.dataset.testid}]` : ''}`,
      tag: el.tagName,
      text,
      ringPx,
      ringContrast: contrast(ringColour, behind),
      clippedBy,
      drawnByCanvas: !canvas && el.parentElement?.closest('.stage-canvas') != null,
    };
  });
}

/** Presses Tab `count` times and reports every stop whose ring is too thin, too faint or cut off. */
async function tabWalkFaults(page: Page, count: number): Promise<string[]> {
  const faults: string[] = [];
  for (let i = 0; i < count; i += 1) {
    await page.keyboard.press('Tab');
    const seen = await focusSeen(page);
    if (seen.tag === 'BODY' || seen.drawnByCanvas) continue;
    if (seen.ringPx < minRingPx) faults.push(`${seen.what}: ring ${seen.ringPx} px`);
    if (seen.ringContrast < minRingContrast) faults.push(`${seen.what}: ring contrast ${seen.ringContrast.toFixed(2)}`);
    if (seen.clippedBy) faults.push(`${seen.what}: ring cut by ${seen.clippedBy}`);
  }
  return faults;
}

/** What has the focus now: its tag and its text (or label), e.g. `H1 Desa Sukamaju`. */
async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return 'BODY';
    return `${el.tagName} ${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim()}`;
  });
}

/** Waits until the focus is where `expected` says (a prefix of `focused`), or fails with where it is. */
async function focusIs(page: Page, expected: string | RegExp): Promise<void> {
  await expect
    .poll(() => focused(page), { timeout: 10_000 })
    .toMatch(
      typeof expected === 'string' ? new RegExp(`^${expected.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) : expected,
    );
}

/**
 * Waits until the screen titled `title` shows and the focus is on its start: the field it
 * marks `data-autofocus` (the Venn's "add an institution"), else its heading.
 */
async function focusAtScreenStart(page: Page, title: string): Promise<void> {
  await visible(page.getByRole('heading', { level: 1, name: title }));
  const atStart = () =>
    page.evaluate(() => {
      const main = document.querySelector('main')!;
      const start =
        [...main.querySelectorAll('[data-autofocus]')].find((el) => !el.closest('[role="dialog"]')) ??
        main.querySelector('h1');
      return start !== null && document.activeElement === start;
    });
  await expect.poll(atStart, { timeout: 10_000, message: `focus at the start of ${title}` }).toBe(true);
}

/** Presses Tab until the focus is on the element `testId` names; fails after `limit` presses. */
async function tabTo(page: Page, testId: string, limit = 60): Promise<number> {
  for (let presses = 1; presses <= limit; presses += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((id) => (document.activeElement as HTMLElement | null)?.dataset.testid === id, testId))
      return presses;
  }
  throw new Error(`${testId} not reached in ${limit} Tab presses; focus on ${await focused(page)}`);
}

describe('focus: visible, at each screen start, held in dialogs, never trapped', () => {
  let app: AppHarness;
  let sessionId = '';
  const ids = { venn: '', tree: '', map: '' };
  const handlers = () => app.backend.handlers;
  /** The session's entry on the community screen (whatever element the journey draws it as). */
  const sessionLink = () =>
    app.page
      .getByText('FGD pemetaan kelembagaan', { exact: true })
      .first()
      .locator('xpath=ancestor-or-self::*[self::button or self::a][1]');
  const body = async <T>(id: string): Promise<T> => (await handlers()['exercise.get']({ id })).body as T;

  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it("puts the focus on each new screen's start (its heading or first field), also when the control that led there stays", async () => {
    const { page } = app;
    await focusIs(page, 'H1 Selamat datang di Rembug');
    await page.getByRole('button', { name: /Buka contoh/ }).focus();
    await page.keyboard.press('Enter');
    await focusIs(page, 'H1 Desa Sukamaju');
    const community = await handlers()['community.current']({});
    sessionId = community!.sessions.find((s) => s.title === 'FGD pemetaan kelembagaan')!.id;
    const create = async (type: 'venn' | 'tree' | 'resourceMap', title: string, content: unknown) => {
      const made = await handlers()['exercise.create']({ sessionId, type, title });
      await handlers()['exercise.save']({ id: made.id, baseVersion: made.version, body: content });
      return made.id;
    };
    const institution = (id: string, name: string, x: number) => ({
      id,
      name,
      kind: 'community' as const,
      relation: 'supportive' as const,
      importance: 2 as const,
      x,
      y: 0,
      notes: '',
    });
    ids.venn = await create('venn', 'Venn fokus', {
      ...emptyVennDocument(),
      institutions: [institution('bpd', 'BPD', -150), institution('posyandu', 'Posyandu', 150)],
    } satisfies VennDocument);
    ids.tree = await create('tree', 'Pohon fokus', {
      ...emptyTreeDocument(),
      nodes: [{ ...emptyTreeDocument().nodes[0]!, problem: 'Air bersih sulit didapat' }],
    } satisfies TreeDocument);
    ids.map = await create('resourceMap', 'Peta fokus', {
      ...emptyResourceMapDocument(),
      resources: [mapResource('Sawah irigasi', 'natural', 'r1')],
    });

    await sessionLink().focus();
    await page.keyboard.press('Enter');
    await focusIs(page, 'H1 FGD pemetaan kelembagaan');
    await page.getByRole('tab', { name: /Latihan/ }).click();
    await page.getByRole('button', { name: /^Venn fokus/ }).focus();
    await page.keyboard.press('Enter');
    await focusAtScreenStart(page, 'Venn fokus');
    // Back, by the key a keyboard user has: the session's heading, not <body>.
    await page.getByRole('button', { name: 'Kembali' }).focus();
    await page.keyboard.press('Enter');
    await focusIs(page, 'H1 FGD pemetaan kelembagaan');
    // The brand button stays on the page while the screen changes under it: the focus still moves.
    await page.getByRole('button', { name: 'Rembug', exact: true }).focus();
    await page.keyboard.press('Enter');
    await focusIs(page, 'H1 Desa Sukamaju');
    // A heading is a place to start from, not a Tab stop.
    expect(await page.getByRole('heading', { level: 1 }).getAttribute('tabindex')).toBe('-1');
  });

  /** Opens one of the exercises made above from the session's list, by keyboard. */
  const openExercise = async (title: string): Promise<void> => {
    const { page } = app;
    await page.getByRole('button', { name: 'Rembug', exact: true }).click();
    await sessionLink().click();
    await page.getByRole('tab', { name: /Latihan/ }).click();
    await page.getByRole('button', { name: new RegExp(`^${title}`) }).focus();
    await page.keyboard.press('Enter');
    await focusAtScreenStart(page, title);
  };

  it('shows a whole ring of at least 3 px and 3:1 on every Tab stop of the community, session and exercise screens', async () => {
    const { page } = app;
    const faults: string[] = [];
    await page.getByRole('button', { name: 'Rembug', exact: true }).click();
    faults.push(...(await tabWalkFaults(page, 40)));
    await sessionLink().click();
    for (const tab of ['Rincian', 'Daftar hadir', 'Kesepakatan', 'Latihan']) {
      await page.getByRole('tab', { name: new RegExp(tab) }).click();
      faults.push(...(await tabWalkFaults(page, 30)));
    }
    for (const title of ['Venn fokus', 'Pohon fokus', 'Peta fokus']) {
      await openExercise(title);
      faults.push(...(await tabWalkFaults(page, 40)));
    }
    expect(faults).toEqual([]);
  });

  it('starts an exercise of every type in the sample at its start and rings every Tab stop whole, also in the top bar and on the backups screen', async () => {
    const { page } = app;
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const faults: string[] = [];
    const community = await handlers()['community.current']({});
    // One exercise of each type: the sample holds several of some (two Venns, two matrices).
    const walked = new Set<string>();
    for (const session of community!.sessions) {
      const { exercises } = await handlers()['session.get']({ id: session.id });
      for (const exercise of exercises.filter((e) => !Object.values(ids).includes(e.id))) {
        if (walked.has(exercise.type)) continue;
        walked.add(exercise.type);
        await page.getByRole('button', { name: 'Rembug', exact: true }).click();
        await page.getByText(session.title, { exact: true }).first().click();
        await page.getByRole('tab', { name: /Latihan/ }).click();
        await page.getByRole('button', { name: new RegExp(`^${escape(exercise.title)}`) }).focus();
        await page.keyboard.press('Enter');
        await focusAtScreenStart(page, exercise.title);
        faults.push(...(await tabWalkFaults(page, 40)).map((f) => `${exercise.type}: ${f}`));
      }
    }
    // The top bar: the brand, the two language buttons, full screen (ink behind them).
    await page.getByRole('button', { name: 'Rembug', exact: true }).focus();
    faults.push(...(await tabWalkFaults(page, 3)));
    await page.getByRole('button', { name: 'Rembug', exact: true }).click();
    await page
      .getByRole('button', { name: /Cadangan/ })
      .first()
      .click();
    await focusAtScreenStart(page, 'Cadangan');
    faults.push(...(await tabWalkFaults(page, 20)));
    expect(faults).toEqual([]);
  }, 150_000);

  it("moves the focus to a sub-page's heading and back: the Venn's before/after comparison", async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Rembug', exact: true }).click();
    await sessionLink().click();
    await page.getByRole('tab', { name: /Latihan/ }).click();
    await page.getByRole('button', { name: /^Kondisi sekarang \(sebelum\)/ }).focus();
    await page.keyboard.press('Enter');
    await focusAtScreenStart(page, 'Kondisi sekarang (sebelum)');
    await page.getByLabel('Bandingkan dengan').selectOption({ label: 'Yang kita inginkan (sesudah)' });
    await page.getByRole('button', { name: 'Bandingkan', exact: true }).focus();
    await page.keyboard.press('Enter');
    await focusIs(page, /^H1 .*Kondisi sekarang \(sebelum\)/);
    await page.getByRole('button', { name: 'Kembali' }).focus();
    await page.keyboard.press('Enter');
    await focusAtScreenStart(page, 'Kondisi sekarang (sebelum)');
  });

  it("leaves Enter and the arrows to the pairwise page's tabs: no jump to the reason field, no choice made", async () => {
    const { page } = app;
    const community = await handlers()['community.current']({});
    const session = community!.sessions.find((s) => s.title === 'Memilih sumber air bersih')!;
    const pairwise = (await handlers()['session.get']({ id: session.id })).exercises[0]!;
    const stored = async () => JSON.stringify((await handlers()['exercise.get']({ id: pairwise.id })).body);
    const before = await stored();
    await page.getByRole('button', { name: 'Rembug', exact: true }).click();
    await page.getByText(session.title, { exact: true }).first().click();
    await page.getByRole('tab', { name: /Latihan/ }).click();
    await page.getByRole('button', { name: new RegExp(`^${pairwise.title}`) }).focus();
    await page.keyboard.press('Enter');
    await focusAtScreenStart(page, pairwise.title);
    const compare = page.getByRole('tab', { name: 'Bandingkan' });
    await compare.focus();
    await page.keyboard.press('Enter');
    await visible(page.getByTestId('pair-progress'));
    // Again, now that the comparison (and its keys) is on screen: still the tab's key.
    await page.keyboard.press('Enter');
    await page.evaluate(() => new Promise((done) => setTimeout(done, 200)));
    await focusIs(page, 'BUTTON Bandingkan');
    await page.keyboard.press('ArrowLeft');
    await page.evaluate(() => new Promise((done) => setTimeout(done, 400)));
    expect(await focused(page)).toMatch(/^BUTTON/);
    expect(await stored()).toBe(before);
  });

  it('draws the focus ring of each canvas inside its frame, where the frame cannot cut it', async () => {
    const { page } = app;
    for (const [title, testId] of [
      ['Venn fokus', 'venn-canvas'],
      ['Pohon fokus', 'tree-canvas'],
      ['Peta fokus', 'map-canvas'],
    ] as const) {
      await openExercise(title);
      await tabTo(page, testId);
      const seen = await focusSeen(page);
      expect(seen, title).toMatchObject({ clippedBy: null });
      expect(seen.ringPx, title).toBeGreaterThanOrEqual(minRingPx);
      expect(seen.ringContrast, title).toBeGreaterThanOrEqual(minRingContrast);
      await app.screenshot(`focus-${testId}`);
    }
  });

  it('starts a dialog on its first field, keeps Tab inside, and gives the focus back on Escape', async () => {
    const { page } = app;
    await openExercise('Venn fokus');
    // Rename is the first choice of the head's More menu.
    await page.getByRole('button', { name: 'Lainnya' }).focus();
    await page.keyboard.press('Enter');
    await focusIs(page, 'BUTTON Ganti judul');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await visible(dialog);
    await focusIs(page, /^INPUT/);
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('Venn fokus');
    await app.screenshot('focus-dialog');
    const insideAfter = async (key: string): Promise<boolean> => {
      await page.keyboard.press(key);
      return page.evaluate(() => document.querySelector('[role="dialog"]')?.contains(document.activeElement) ?? false);
    };
    for (let i = 0; i < 8; i += 1) expect(await insideAfter('Tab'), `Tab ${i + 1}`).toBe(true);
    for (let i = 0; i < 8; i += 1) expect(await insideAfter('Shift+Tab'), `Shift+Tab ${i + 1}`).toBe(true);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await focusIs(page, 'BUTTON Lainnya');
  });

  it('starts a question without a field on its answer, not on the close button', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Rembug', exact: true }).click();
    await sessionLink().click();
    await page.getByRole('tab', { name: /Latihan/ }).click();
    await page.getByRole('button', { name: 'Hapus: Peta fokus' }).focus();
    await page.keyboard.press('Enter');
    await visible(page.getByRole('dialog'));
    await focusIs(page, 'BUTTON Batal');
    await page.keyboard.press('Escape');
    await focusIs(page, 'BUTTON Hapus: Peta fokus');
  });

  it('lets Tab and Enter leave a problem tree with a box selected, adding nothing', async () => {
    const { page } = app;
    await openExercise('Pohon fokus');
    const nodes = async () => (await body<TreeDocument>(ids.tree)).nodes.length;
    // The focal problem is selected on opening, and the hint says how to leave that.
    await visible(page.getByLabel('Masalah', { exact: true }));
    await textOf(page.getByTestId('tree-keys'), /Esc/);
    await page.getByRole('button', { name: 'Kembali' }).focus();
    const stops = new Set<string>();
    for (let i = 0; i < 3; i += 1) {
      await page.keyboard.press('Tab');
      stops.add(await focused(page));
    }
    expect(stops.size).toBe(3);
    // Enter on "Ekspor PDF" (in the head's More menu) exports the PDF and adds no box.
    const pdf = path.join(tempDir('focus-pdf'), 'pohon.pdf');
    app.host.savePaths.push(pdf);
    await page.getByRole('button', { name: 'Lainnya' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('End');
    await textOf(page.getByRole('menuitem', { name: 'Ekspor PDF' }), 'Ekspor PDF');
    expect(await focused(page)).toContain('Ekspor PDF');
    await page.keyboard.press('Enter');
    await expect.poll(() => fs.existsSync(pdf) && fs.statSync(pdf).size > 0, { timeout: 20_000 }).toBe(true);
    expect(await nodes()).toBe(1);

    // On the tree itself the keys work: Insert a cause below, Enter one beside; Tab still leaves.
    await tabTo(page, 'tree-canvas');
    await page.keyboard.press('Insert');
    await expect.poll(nodes).toBe(2);
    await page.getByTestId('tree-canvas').focus();
    await page.keyboard.press('Enter');
    await expect.poll(nodes).toBe(3);
    await page.getByTestId('tree-canvas').focus();
    await page.keyboard.press('Tab');
    expect(await focused(page)).not.toMatch(/^DIV/);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await nodes()).toBe(3);
    // Escape on the tree leaves the box; the hint stays.
    await page.getByTestId('tree-canvas').focus();
    await page.keyboard.press('Escape');
    await page.getByLabel('Masalah', { exact: true }).waitFor({ state: 'detached' });
    await visible(page.getByTestId('tree-keys'));
  });

  it('shows how to leave a map drawing tool while it is on, and Escape on the map leaves it', async () => {
    const { page } = app;
    await openExercise('Peta fokus');
    const tools = page.getByRole('radiogroup', { name: 'Alat' });
    await tools.getByRole('radio', { name: 'Pena' }).click();
    await visible(page.getByText(/Esc di peta: kembali ke Pilih/));
    // Escape on the tool choices is theirs, not the map's: the tool stays.
    await page.keyboard.press('Escape');
    expect(await tools.getByRole('radio', { name: 'Pena' }).getAttribute('aria-checked')).toBe('true');
    await page.getByTestId('map-canvas').focus();
    await page.keyboard.press('Escape');
    await expect
      .poll(() => tools.getByRole('radio', { name: 'Pilih / geser' }).getAttribute('aria-checked'))
      .toBe('true');
    await page.getByText(/Esc di peta/).waitFor({ state: 'detached' });
  });

  it("keeps the Venn's keys on the canvas: arrows, numbers and Delete elsewhere change nothing", async () => {
    const { page } = app;
    await openExercise('Venn fokus');
    const bpd = async () => (await body<VennDocument>(ids.venn)).institutions.find((i) => i.id === 'bpd')!;
    const at = await nodeCentre(page, 'institution-bpd');
    await page.mouse.click(at.x, at.y);
    const before = await bpd();
    const importance = page.getByRole('radiogroup', { name: 'Kepentingan' });
    await importance.getByRole('radio', { checked: true }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('4');
    await page.getByRole('button', { name: 'Hapus lembaga' }).focus();
    await page.keyboard.press('Delete');
    // Give a wrongly taken key time to reach the file, then check nothing changed.
    await page.evaluate(() => new Promise((done) => setTimeout(done, 400)));
    expect(await bpd()).toMatchObject({ x: before.x, y: before.y });
    expect((await body<VennDocument>(ids.venn)).institutions).toHaveLength(2);
    // On the canvas the same keys act.
    await page.getByTestId('venn-canvas').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await bpd()).x).toBe(before.x + 10);
  });

  it("puts the focus on the screen's start when the focused control goes away", async () => {
    const { page } = app;
    const at = await nodeCentre(page, 'institution-posyandu');
    await page.mouse.click(at.x, at.y);
    await page.getByRole('button', { name: 'Hapus lembaga' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await body<VennDocument>(ids.venn)).institutions.length).toBe(1);
    await focusAtScreenStart(page, 'Venn fokus');
  });
});
