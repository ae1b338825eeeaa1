/**
 * Malformed messages, generated deterministically from a seed: the same seed gives the
 * same payloads on every run, so a failure can be replayed. Each payload is a mutation
 * of a valid input (a field dropped, added, or given a wrong value somewhere in the
 * tree) or a value of the wrong shape altogether.
 */
import { seededRandom } from './seededRandom.js';

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

function nested(depth: number, leaf: unknown, asArray: boolean): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i += 1) value = asArray ? [value] : { a: value };
  return value;
}

/** Values of the wrong type, size or encoding, as they could arrive from a page. */
function oddValue(random: Random): unknown {
  const makers: (() => unknown)[] = [
    () => null,
    () => undefined,
    () => true,
    () => 0,
    () => -0,
    () => -1,
    () => 1.5,
    () => NaN,
    () => Infinity,
    () => -Infinity,
    () => Number.MAX_SAFE_INTEGER + 2,
    () => 1e308,
    () => '',
    () => '   ',
    () => '\uD800', // lone high surrogate
    () => 'a\uDFFFb', // lone low surrogate inside text
    () => '\u0000\u0001\u001f',
    () => '\u202Eevil\u202C',
    () => 'x'.repeat(100_000),
    () => 'é'.repeat(1_000_000), // about 2 MB of UTF-8
    () => "'; DROP TABLE exercises; --",
    () => '../../../../etc/passwd',
    () => '2026-02-30',
    () => [],
    () => [null],
    () => ['a', 1, {}],
    () => ({}),
    () => Object.create(null) as object,
    () => JSON.parse('{"__proto__": {"polluted": true}}') as object,
    () => ({ constructor: { prototype: { polluted: true } } }),
    () => nested(5_000, 'deep', false),
    () => nested(5_000, 'deep', true),
    () => new Date(0),
    () => new Uint8Array(16),
    () => new Map([['a', 1]]),
    () => 10n,
  ];
  return pick(random, makers)();
}

/** The places in a value where a mutation can land: [] is the value itself. */
function paths(
  value: unknown,
  prefix: (string | number)[] = [],
  out: (string | number)[][] = [],
): (string | number)[][] {
  out.push(prefix);
  if (prefix.length > 6) return out;
  if (Array.isArray(value)) value.forEach((item, i) => paths(item, [...prefix, i], out));
  else if (value !== null && typeof value === 'object')
    for (const key of Object.keys(value)) paths((value as Record<string, unknown>)[key], [...prefix, key], out);
  return out;
}

function cloneJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Replaces what sits at `path` (the root for []) using `change`. */
function changeAt(root: unknown, path: (string | number)[], change: (current: unknown) => unknown): unknown {
  if (path.length === 0) return change(root);
  const copy = cloneJson(root) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  const next = change(parent[last]);
  if (next === removed) {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else parent[last] = next;
  return copy;
}
const removed = Symbol('removed');

const extraKeys = ['extra', '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'sql', ''];

/** One malformed variant of `valid`. */
function mutate(valid: unknown, random: Random): unknown {
  const targets = paths(valid);
  const target = pick(random, targets);
  const kind = pick(random, ['odd', 'odd', 'drop', 'extra', 'array', 'wrap', 'swap'] as const);
  switch (kind) {
    case 'odd':
      return changeAt(valid, target, () => oddValue(random));
    case 'drop':
      return target.length === 0 ? undefined : changeAt(valid, target, () => removed);
    case 'extra':
      return changeAt(valid, target, (current) => {
        if (current === null || typeof current !== 'object') return { value: current, [pick(random, extraKeys)]: 1 };
        // JSON.parse makes "__proto__" an own key, as a message from a page would carry it.
        const key = pick(random, extraKeys);
        const value = pick(random, ['1', '"x"', 'null', '{"polluted": true}', '[[]]']);
        return { ...(current as object), ...(JSON.parse(`{${JSON.stringify(key)}: ${value}}`) as object) };
      });
    case 'array':
      return changeAt(valid, target, (current) => (Array.isArray(current) ? { 0: current[0] } : [current]));
    case 'wrap':
      return changeAt(valid, target, (current) => nested(1 + Math.floor(random() * 50), current, random() < 0.5));
    case 'swap':
      return changeAt(valid, target, (current) =>
        typeof current === 'string' ? Number(current.length) : typeof current === 'number' ? String(current) : !current,
      );
  }
}

/**
 * `count` malformed payloads for a channel whose valid input is `valid`: mostly
 * mutations of it, a tenth odd values in its place.
 */
export function malformedPayloads(valid: unknown, count: number, seed: number): unknown[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => (i % 10 === 0 ? oddValue(random) : mutate(valid, random)));
}

/** Channel values a page could send instead of a channel name. */
export function oddChannels(): unknown[] {
  const throwing = {
    toString() {
      throw new Error('toString');
    },
    valueOf() {
      throw new Error('valueOf');
    },
  };
  const trap = () => {
    throw new Error('trap');
  };
  const hostileProxy = new Proxy(
    {},
    { get: trap, has: trap, ownKeys: trap, getPrototypeOf: trap, getOwnPropertyDescriptor: trap },
  );
  return [
    throwing,
    Object.assign(Object.create(null) as object, { [Symbol.toPrimitive]: trap }),
    Symbol('settings.get'),
    hostileProxy,
    new Proxy(() => 'settings.get', { apply: trap, get: trap }),
    null,
    undefined,
    0,
    NaN,
    10n,
    true,
    [],
    ['settings.get'],
    { channel: 'settings.get' },
    'x'.repeat(5_000_000),
    'settings.get\u0000',
    'SETTINGS.GET',
    ' settings.get',
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
    '\uD800',
    '',
  ];
}
