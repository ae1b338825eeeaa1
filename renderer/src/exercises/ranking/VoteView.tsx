import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkDots, defaultDots, dotsUsed, tallyVote } from '../../../../shared/exercises/ranking/voting.js';
import { zVoteDocument, type Ballot, type VoteDocument } from '../../../../shared/exercises/ranking/schema.js';
import type { Participant } from '../../../../shared/model/session.js';
import { call } from '../../api.js';
import { useApp } from '../../AppContext.js';
import { useExercise } from '../document/useExercise.js';
import { Icon } from '../../components/Icon.js';
import { Button, Field, SegmentedField } from '../../components/ui.js';
import { newId } from '../../ids.js';
import { addGroup, addItem, renameItem, mapGroups } from './rankingEdits.js';
import { GroupBar, ItemsEditor, NumberingSwitch, RankingResult, RankingTable } from './RankingParts.js';
import { ExerciseFrame } from '../ExerciseFrame.js';

const parse = (body: unknown): VoteDocument => zVoteDocument.parse(body);
type Tab = 'setup' | 'vote' | 'result';

export function VoteView({ sessionId, exerciseId }: { sessionId: string; exerciseId: string }) {
  const { t } = useTranslation();
  const { showError } = useApp();
  const history = useExercise(exerciseId, parse);
  const { doc, exercise, commit } = history;
  const [tab, setTab] = useState<Tab>('setup');
  const [groupId, setGroupId] = useState('all');
  const [problem, setProblem] = useState<string | null>(null);
  const [participants, setParticipants] = useState<Participant[]>([]);

  useEffect(() => {
    call('session.get', { id: sessionId })
      .then((s) => setParticipants(s.participants))
      .catch(showError);
  }, [sessionId, showError]);

  const tallies = useMemo(() => (doc ? doc.groups.map((g) => tallyVote(doc, g.id)) : []), [doc]);
  if (!doc || !exercise) return null;
  const group = doc.groups.find((g) => g.id === groupId) ?? doc.groups[0]!;
  const ballots = doc.ballots[group.id] ?? [];
  const active = doc.groups.indexOf(group);
  const tally = tallies[active]!;
  const hidden = doc.hideUntilClosed && !doc.closed;
  const rules = { dotsPerVoter: doc.dotsPerVoter, maxPerOption: doc.maxPerOption };

  const setBallots = (next: Ballot[]): void => commit({ ...doc, ballots: { ...doc.ballots, [group.id]: next } });
  const updateBallot = (id: string, change: (b: Ballot) => Ballot): void =>
    setBallots(ballots.map((b) => (b.id === id ? change(b) : b)));

  const setDots = (ballot: Ballot, optionId: string, count: number): void => {
    const why = checkDots(ballot.dots, optionId, count, rules);
    if (why) {
      setProblem(t(`errors.${why === 'negative' ? 'outside_scale' : why}`));
      return;
    }
    setProblem(null);
    updateBallot(ballot.id, (b) => ({ ...b, dots: { ...b.dots, [optionId]: count } }));
  };

  const addParticipants = (): void => {
    const present = new Set(ballots.map((b) => b.participantId));
    const fresh = participants
      .filter((p) => !present.has(p.id))
      .map((p, i) => ({
        id: newId(),
        participantId: p.id,
        label: p.name || t('ranking.voting.anonymous', { n: ballots.length + i + 1 }),
        dots: {},
        order: [],
      }));
    setBallots([...ballots, ...fresh]);
  };

  return (
    <ExerciseFrame
      sessionId={sessionId}
      history={history}
      tab={tab}
      onTab={setTab}
      tabs={[
        { key: 'setup', label: t('ranking.setup') },
        { key: 'vote', label: t('ranking.voting.voters') },
        { key: 'result', label: t('ranking.result') },
      ]}
    >
      {tab === 'setup' ? (
        <div className="ranking-setup">
          <ItemsEditor
            sessionId={sessionId}
            exerciseId={exerciseId}
            label={t('ranking.items')}
            items={doc.items}
            onAdd={(name) => {
              const next = addItem(doc, name, newId());
              // Until the first vote, the dots follow the rule of thumb: about options / 4.
              const anyVotes = Object.values(doc.ballots).some((b) => b.length > 0);
              commit(anyVotes ? next : { ...next, dotsPerVoter: defaultDots(next.items.length) });
            }}
            onRename={(id, name) => commit(renameItem(doc, id, name))}
            onRemove={(id) =>
              commit({
                ...doc,
                items: doc.items.filter((i) => i.id !== id),
                ballots: mapGroups(doc.ballots, (list) =>
                  list.map((b) => ({
                    ...b,
                    dots: Object.fromEntries(Object.entries(b.dots).filter(([o]) => o !== id)),
                    order: b.order.filter((o) => o !== id),
                  })),
                ),
              })
            }
            lossFor={(id) =>
              Object.values(doc.ballots)
                .flat()
                .filter((b) => (b.dots[id] ?? 0) > 0 || b.order.includes(id)).length
            }
          />
          <section className="card">
            <SegmentedField
              label={t('ranking.voting.mode')}
              value={doc.mode}
              options={[
                { value: 'dots', label: t('ranking.voting.dots') },
                { value: 'ranked', label: t('ranking.voting.ranked') },
              ]}
              onChange={(mode) => commit({ ...doc, mode })}
            />
            {doc.mode === 'dots' ? (
              <div className="grid-2">
                <Field label={t('ranking.voting.dotsPerVoter')}>
                  {(id) => (
                    <input
                      id={id}
                      type="number"
                      min={1}
                      max={100}
                      value={doc.dotsPerVoter}
                      onChange={(e) => {
                        const n = Math.round(Number(e.target.value));
                        const fits = Object.values(doc.ballots)
                          .flat()
                          .every((b) => dotsUsed(b.dots) <= n);
                        if (n >= 1 && n <= 100 && fits) commit({ ...doc, dotsPerVoter: n });
                        else setProblem(t('errors.no_dots_left'));
                      }}
                    />
                  )}
                </Field>
                <Field label={t('ranking.voting.cap')}>
                  {(id) => (
                    <select
                      id={id}
                      value={doc.maxPerOption ?? ''}
                      onChange={(e) =>
                        commit({ ...doc, maxPerOption: e.target.value === '' ? null : Number(e.target.value) })
                      }
                    >
                      <option value="">{t('ranking.voting.noCap')}</option>
                      {[1, 2, 3].map((n) => (
                        <option key={n} value={n}>
                          {n}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
              </div>
            ) : (
              <p className="muted">{t('ranking.voting.rankedRule')}</p>
            )}
            <label className="check">
              <input
                type="checkbox"
                checked={doc.hideUntilClosed}
                onChange={(e) => commit({ ...doc, hideUntilClosed: e.target.checked })}
              />{' '}
              {t('ranking.voting.hide')}
            </label>
          </section>
          <GroupBar
            groups={doc.groups}
            active={group.id}
            onSelect={setGroupId}
            onAdd={(name) => commit(addGroup(doc, name, newId()))}
          />
        </div>
      ) : null}
      {tab === 'vote' ? (
        doc.items.length < 2 ? (
          <p className="lead" role="alert">
            {t('ranking.needTwo')}
          </p>
        ) : (
          <div className="vote-stage">
            <GroupBar groups={doc.groups} active={group.id} onSelect={setGroupId} />
            <div className="inline-form">
              <Button onClick={addParticipants} disabled={participants.length === 0}>
                <Icon name="plus" /> {t('ranking.voting.addAllParticipants')}
              </Button>
              <Button
                onClick={() =>
                  setBallots([
                    ...ballots,
                    {
                      id: newId(),
                      participantId: null,
                      label: t('ranking.voting.anonymous', { n: ballots.length + 1 }),
                      dots: {},
                      order: [],
                    },
                  ])
                }
              >
                <Icon name="plus" /> {t('ranking.voting.addAnonymous')}
              </Button>
            </div>
            {problem ? (
              <p className="field-error" role="alert">
                {problem}
              </p>
            ) : null}
            <table className="data ballots" data-testid="ballots">
              <thead>
                <tr>
                  <th>{t('ranking.voting.voters')}</th>
                  {doc.items.map((i) => (
                    <th key={i.id}>{i.name}</th>
                  ))}
                  <th />
                </tr>
              </thead>
              <tbody>
                {ballots.map((b) => (
                  <tr key={b.id}>
                    <th scope="row">
                      {b.label}
                      {doc.mode === 'dots' ? (
                        <span className="muted small">
                          {' '}
                          · {t('ranking.voting.dotsLeft', { n: doc.dotsPerVoter - dotsUsed(b.dots) })}
                        </span>
                      ) : null}
                    </th>
                    {doc.items.map((i) => {
                      const label = `${b.label} · ${i.name}`;
                      if (doc.mode === 'dots') {
                        const n = b.dots[i.id] ?? 0;
                        return (
                          <td key={i.id} className="score-cell">
                            <Button
                              aria-label={`${label} −`}
                              disabled={n === 0}
                              onClick={() => setDots(b, i.id, n - 1)}
                            >
                              −
                            </Button>
                            <span className="dots" aria-label={label}>
                              {'●'.repeat(Math.min(n, 10))}
                              {n > 10 ? ` ${n}` : ''}
                              {n === 0 ? '·' : ''}
                            </span>
                            <Button aria-label={`${label} +`} onClick={() => setDots(b, i.id, n + 1)}>
                              +
                            </Button>
                          </td>
                        );
                      }
                      const position = b.order.indexOf(i.id);
                      return (
                        <td key={i.id}>
                          <Button
                            aria-label={label}
                            onClick={() =>
                              updateBallot(b.id, (x) => ({
                                ...x,
                                order: position >= 0 ? x.order.filter((o) => o !== i.id) : [...x.order, i.id],
                              }))
                            }
                          >
                            {position >= 0 ? position + 1 : '·'}
                          </Button>
                        </td>
                      );
                    })}
                    <td>
                      <Button
                        variant="ghost"
                        aria-label={`${t('common.delete')}: ${b.label}`}
                        onClick={() => setBallots(ballots.filter((x) => x.id !== b.id))}
                      >
                        <Icon name="close" size={18} />
                      </Button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {hidden ? null : (
              <p className="lead" data-testid="running-tally">
                {doc.items.map((i) => `${i.name}: ${tally.points[i.id] ?? 0}`).join(' · ')}
              </p>
            )}
          </div>
        )
      ) : null}
      {tab === 'result' ? (
        <div className="ranking-result">
          <GroupBar groups={doc.groups} active={group.id} onSelect={setGroupId} />
          <div className="inline-form">
            <Button
              variant={doc.closed ? 'secondary' : 'primary'}
              onClick={() => commit({ ...doc, closed: !doc.closed })}
            >
              {doc.closed ? t('ranking.voting.reopen') : t('ranking.voting.close')}
            </Button>
          </div>
          {hidden ? (
            <p className="lead">{t('ranking.voting.hidden')}</p>
          ) : (
            <>
              <RankingResult
                items={doc.items}
                groups={doc.groups}
                rankings={tallies.map((x) => x.ranking)}
                active={active}
                values={tally.points}
                numbering={doc.numbering}
              />
              <RankingTable
                items={doc.items}
                ranking={tally.ranking}
                values={tally.points}
                numbering={doc.numbering}
                valueLabel={t('ranking.voting.points')}
              />
              <NumberingSwitch value={doc.numbering} onChange={(numbering) => commit({ ...doc, numbering })} />
            </>
          )}
        </div>
      ) : null}
    </ExerciseFrame>
  );
}
