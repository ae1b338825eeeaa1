import { defineAction } from '../action.js';
import type { RefusalReason } from '../../result.js';
import { mapGroups, removeItemAction, sharedActions, updateById } from './actions.js';
import type { Ballot, VoteDocument } from './schema.js';
import { checkDots, defaultDots, dotsUsed } from './voting.js';

type Doc = VoteDocument;

const ballotsOf = (doc: Doc, groupId: string): Ballot[] => doc.ballots[groupId] ?? [];

function withBallots(doc: Doc, groupId: string, ballots: Ballot[]): Doc {
  return { ...doc, ballots: { ...doc.ballots, [groupId]: ballots } };
}

function changeBallot(doc: Doc, groupId: string, ballotId: string, change: (b: Ballot) => Ballot): Doc {
  const ballots = ballotsOf(doc, groupId);
  return ballots.some((b) => b.id === ballotId)
    ? withBallots(doc, groupId, updateById(ballots, ballotId, change))
    : doc;
}

const anyVotes = (doc: Doc): boolean => Object.values(doc.ballots).some((b) => b.length > 0);

/** Ballots that mark an option: what removing it would lose. */
export function ballotsMarking(doc: Doc, optionId: string): number {
  return Object.values(doc.ballots)
    .flat()
    .filter((b) => (b.dots[optionId] ?? 0) > 0 || b.order.includes(optionId)).length;
}

interface DotArgs {
  groupId: string;
  ballotId: string;
  optionId: string;
  count: number;
}

function refuseDots(doc: Doc, { groupId, ballotId, optionId, count }: DotArgs): RefusalReason | null {
  const ballot = ballotsOf(doc, groupId).find((b) => b.id === ballotId);
  if (!ballot) return null;
  const why = checkDots(ballot.dots, optionId, count, doc);
  return why === 'negative' ? 'outside_scale' : why;
}

const { addItem, ...shared } = sharedActions<Doc>();

export const voteActions = {
  ...shared,
  /** Until the first vote, the dots per voter follow the rule of thumb: about options / 4. */
  addItem: defineAction<Doc, { id: string; name: string }>({
    name: 'addItem',
    history: 'step',
    refuse: addItem.refuse,
    perform: (doc, args) => {
      const next = addItem.perform(doc, args);
      return anyVotes(doc) ? next : { ...next, dotsPerVoter: defaultDots(next.items.length) };
    },
  }),
  /** Removing an option takes its dots and ranks off every ballot. */
  removeItem: removeItemAction<Doc>((doc, id) => ({
    ballots: mapGroups(doc.ballots, (list) =>
      list.map((b) => ({
        ...b,
        dots: Object.fromEntries(Object.entries(b.dots).filter(([o]) => o !== id)),
        order: b.order.filter((o) => o !== id),
      })),
    ),
  })),
  setMode: defineAction<Doc, { mode: Doc['mode'] }>({
    name: 'setMode',
    history: 'step',
    perform: (doc, { mode }) => (mode === doc.mode ? doc : { ...doc, mode }),
  }),
  /** Typing the number is one undo step; fewer dots than a voter already placed is refused. */
  setDotsPerVoter: defineAction<Doc, { dots: number }>({
    name: 'setDotsPerVoter',
    history: 'merge',
    mergeKey: () => 'dotsPerVoter',
    refuse: (doc, { dots }) =>
      Number.isInteger(dots) &&
      dots >= 1 &&
      dots <= 100 &&
      Object.values(doc.ballots)
        .flat()
        .every((b) => dotsUsed(b.dots) <= dots)
        ? null
        : 'no_dots_left',
    perform: (doc, { dots }) => (dots === doc.dotsPerVoter ? doc : { ...doc, dotsPerVoter: dots }),
  }),
  setCap: defineAction<Doc, { maxPerOption: number | null }>({
    name: 'setCap',
    history: 'step',
    perform: (doc, { maxPerOption }) => (maxPerOption === doc.maxPerOption ? doc : { ...doc, maxPerOption }),
  }),
  /**
   * Hiding the tallies until voting closes is one of the vote's rules (domain.md lists it
   * with the dots and the cap), agreed before voting, so it is an undo step like them.
   */
  setHideUntilClosed: defineAction<Doc, { hide: boolean }>({
    name: 'setHideUntilClosed',
    history: 'step',
    perform: (doc, { hide }) => (hide === doc.hideUntilClosed ? doc : { ...doc, hideUntilClosed: hide }),
  }),
  /** Closing the vote is a decision of the meeting, not a view: an undo step. */
  setClosed: defineAction<Doc, { closed: boolean }>({
    name: 'setClosed',
    history: 'step',
    perform: (doc, { closed }) => (closed === doc.closed ? doc : { ...doc, closed }),
  }),
  addAnonymousBallot: defineAction<Doc, { groupId: string; id: string; label: string }>({
    name: 'addAnonymousBallot',
    history: 'step',
    perform: (doc, { groupId, id, label }) =>
      withBallots(doc, groupId, [...ballotsOf(doc, groupId), { id, participantId: null, label, dots: {}, order: [] }]),
  }),
  /** A ballot for each participant of the session who has none in this group yet. */
  addParticipantBallots: defineAction<
    Doc,
    {
      groupId: string;
      participants: readonly { id: string; name: string }[];
      newId: () => string;
      /** The label of a participant without a name, by ballot number. */
      unnamed: (n: number) => string;
    }
  >({
    name: 'addParticipantBallots',
    history: 'step',
    perform: (doc, { groupId, participants, newId, unnamed }) => {
      const ballots = ballotsOf(doc, groupId);
      const present = new Set(ballots.map((b) => b.participantId));
      const fresh = participants
        .filter((p) => !present.has(p.id))
        .map((p, i) => ({
          id: newId(),
          participantId: p.id,
          label: p.name || unnamed(ballots.length + i + 1),
          dots: {},
          order: [],
        }));
      return fresh.length ? withBallots(doc, groupId, [...ballots, ...fresh]) : doc;
    },
  }),
  removeBallot: defineAction<Doc, { groupId: string; ballotId: string }>({
    name: 'removeBallot',
    history: 'step',
    perform: (doc, { groupId, ballotId }) => {
      const ballots = ballotsOf(doc, groupId);
      return ballots.some((b) => b.id === ballotId)
        ? withBallots(
            doc,
            groupId,
            ballots.filter((b) => b.id !== ballotId),
          )
        : doc;
    },
  }),
  /** A voter's dots on one option; more than their allowance or the cap is refused. */
  setDots: defineAction<Doc, DotArgs>({
    name: 'setDots',
    history: 'step',
    refuse: refuseDots,
    perform: (doc, { groupId, ballotId, optionId, count }) =>
      (ballotsOf(doc, groupId).find((b) => b.id === ballotId)?.dots[optionId] ?? 0) === count ||
      !doc.items.some((i) => i.id === optionId)
        ? doc
        : changeBallot(doc, groupId, ballotId, (b) => ({ ...b, dots: { ...b.dots, [optionId]: count } })),
  }),
  /** On a ranked ballot, the next option touched takes the next rank; touching a ranked one takes it off. */
  toggleRanked: defineAction<Doc, { groupId: string; ballotId: string; optionId: string }>({
    name: 'toggleRanked',
    history: 'step',
    perform: (doc, { groupId, ballotId, optionId }) =>
      doc.items.some((i) => i.id === optionId)
        ? changeBallot(doc, groupId, ballotId, (b) => ({
            ...b,
            order: b.order.includes(optionId) ? b.order.filter((o) => o !== optionId) : [...b.order, optionId],
          }))
        : doc,
  }),
};
