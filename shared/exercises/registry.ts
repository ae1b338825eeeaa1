import { z } from 'zod';
import { addMessages } from '../i18n/translate.js';
import { actionPlanDefinition } from './actionPlan/definition.js';
import { indicatorsDefinition } from './indicators/definition.js';
import { monitoringDefinition } from './monitoring/definition.js';
import { migrateBody, type Contributions, type ExerciseDefinition } from './definition.js';
import { consensusDefinition, statementDefinition, treeDefinition } from './framing/definitions.js';
import { matrixDefinition, pairwiseDefinition, voteDefinition } from './ranking/definitions.js';
import { resourceMapDefinition } from './resources/definition.js';
import { vennDefinition } from './venn/definition.js';
import { successesDefinition } from './successes/definition.js';
import { evaluationDefinition } from './evaluation/definition.js';

/**
 * Every exercise type the app knows, in the order a facilitator is offered them. Adding a
 * type is a folder here (its definition), a folder in renderer/src/exercises (its view),
 * one line in this list and one in the renderer's, and its strings.
 */
const builtIn = [
  vennDefinition,
  pairwiseDefinition,
  matrixDefinition,
  voteDefinition,
  consensusDefinition,
  treeDefinition,
  statementDefinition,
  resourceMapDefinition,
  actionPlanDefinition,
  indicatorsDefinition,
  monitoringDefinition,
  successesDefinition,
  evaluationDefinition,
] as const;

type BuiltIn = (typeof builtIn)[number];
export type ExerciseTypeName = BuiltIn['type'];
export type ExerciseBody = {
  [D in BuiltIn as D['type']]: D extends ExerciseDefinition<string, infer Doc> ? Doc : never;
};

// Definitions are stored without their document type: callers that know the type use
// `definitionOf`, loops over all types see `unknown` bodies and parse them first.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the registry holds definitions of every document type
type AnyDefinition = ExerciseDefinition<string, any>;
const definitions = new Map<string, AnyDefinition>(builtIn.map((d) => [d.type, d]));

/**
 * Adds a type from outside this list (a test's extra type, later a plug-in). Its strings
 * join the dictionaries under its type's name.
 */
export function registerExerciseType(definition: AnyDefinition): void {
  if (definitions.has(definition.type)) throw new Error(`exercise type ${definition.type} is already registered`);
  definitions.set(definition.type, definition);
  if (definition.messages) addMessages(definition.type, definition.messages);
}

/** Every registered type's name, built-in first. */
export function exerciseTypeNames(): ExerciseTypeName[] {
  return [...definitions.keys()] as ExerciseTypeName[];
}

export function isExerciseType(name: unknown): name is ExerciseTypeName {
  return typeof name === 'string' && definitions.has(name);
}

/** The IPC contract's check of a type name: any registered type. */
export const zExerciseType = z.custom<ExerciseTypeName>(isExerciseType, { message: 'unknown exercise type' });

export function definitionOf<K extends ExerciseTypeName>(type: K): ExerciseDefinition<K, ExerciseBody[K]> {
  const definition = definitions.get(type);
  if (!definition) throw new Error(`unknown exercise type ${type}`);
  return definition as ExerciseDefinition<K, ExerciseBody[K]>;
}

export function allDefinitions(): AnyDefinition[] {
  return [...definitions.values()];
}

/**
 * Parses a stored or received body of the given type, upgrading it first. A body from a
 * newer Rembug throws `NewerBodyError`.
 */
export function parseExerciseBody<K extends ExerciseTypeName>(
  type: K,
  raw: unknown,
): { success: true; data: ExerciseBody[K] } | { success: false; error: z.ZodError } {
  const definition = definitionOf(type);
  return definition.schema.safeParse(migrateBody(definition, raw)) as ReturnType<typeof parseExerciseBody<K>>;
}

/** What a parsed body of a type adds to the community (nothing for types that add nothing). */
export function contributionsOf(type: ExerciseTypeName, body: unknown): Contributions {
  return definitionOf(type).contributes?.(body as never) ?? {};
}

/** The photos a parsed body of a type shows. */
export function assetsOf(type: ExerciseTypeName, body: unknown): string[] {
  return definitionOf(type).assets?.(body as never) ?? [];
}
