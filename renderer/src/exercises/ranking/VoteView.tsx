import './ranking.css';
import { useEffect, useMemo, useState } from 'react';
import { zVoteDocument, type VoteDocument } from '#shared/exercises/ranking/schema.js';
import { ballotTable } from '#shared/exercises/ranking/tables.js';
import { ballotsMarking, voteActions } from '#shared/exercises/ranking/voteActions.js';
import { tallyVote } from '#shared/exercises/ranking/voting.js';
import type { Participant } from '#shared/model/session.js';
import { call } from '../../api.js';
import { useApp } from '../../AppContext.js';
import { Icon } from '../../components/Icon.js';
import { Button } from '../../components/ui.js';
import { newId } from '../../ids.js';
import { ExerciseFrame } from '../ExerciseFrame.js';
import { BallotTable } from './BallotTable.js';
import { ItemsEditor } from './ItemsEditor.js';
import { GroupBar, NumberingSwitch, ProblemLine } from './RankingParts.js';
import { RankingResult, RankingTable } from './RankingResult.js';
import { refusalText, useRankingExercise } from './useRankingActions.js';
import { VoteRules } from './VoteRules.js';

const parse = (body: unknown): VoteDocument => zVoteDocument.parse(body);
type Tab = 'setup' | 'vote' | 'result';

function useParticipants(sessionId: string): Participant[] {
  const { showError } = useApp();
  const [participants, setParticipants] = useState<Participant[]>([]);
  useEffect(() => {
    call('session.get', { id: sessionId })
      .then((s) => setParticipants(s.participants))
      .catch(showError);
  }, [sessionId, showError]);
  return participants;
}

export function VoteView({ sessionId, exerciseId }: { sessionId: string; exerciseId: string }) {
  const { t, history, run, tab, setTab, groupId, setGroupId } = useRankingExercise<VoteDocument, Tab>(
    exerciseId,
    parse,
    'setup',
  );
  const { doc, exercise } = history;
  const [problem, setProblem] = useState<string | null>(null);
  const participants = useParticipants(sessionId);
  const tallies = useMemo(() => (doc ? doc.groups.map((g) => tallyVote(doc, g.id)) : []), [doc]);
  if (!doc || !exercise) return null;
  const group = doc.groups.find((g) => g.id === groupId) ?? doc.groups[0]!;
  const active = doc.groups.indexOf(group);
  const tally = tallies[active]!;
  // The result's chart: on the Result tab and, alone, on the wall.
  const resultChart = (
    <RankingResult
      items={doc.items}
      groups={doc.groups}
      rankings={tallies.map((x) => x.ranking)}
      active={active}
      values={tally.points}
      numbering={doc.numbering}
    />
  );
  const hidden = doc.hideUntilClosed && !doc.closed;
  const ballots = ballotTable(doc, group.id, t);
  const unnamed = (n: number): string => t('ranking.voting.anonymous', { n });
  const groupBar = <GroupBar groups={doc.groups} active={group.id} onSelect={setGroupId} />;

  return (
    <ExerciseFrame
      sessionId={sessionId}
      history={history}
      tab={tab}
      onTab={setTab}
      wall={hidden ? <p className="lead">{t('ranking.voting.hidden')}</p> : resultChart}
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
            onAdd={(name) => run(voteActions.addItem, { id: newId(), name })}
            onRename={(id, name) => run(voteActions.renameItem, { id, name })}
            onRemove={(id) => run(voteActions.removeItem, { id })}
            lossFor={(id) => ballotsMarking(doc, id)}
          />
          <VoteRules doc={doc} run={run} onProblem={setProblem} />
          <GroupBar
            groups={doc.groups}
            active={group.id}
            onSelect={setGroupId}
            onAdd={(name) => run(voteActions.addGroup, { id: newId(), name })}
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
            {groupBar}
            <div className="inline-form">
              <Button
                onClick={() =>
                  run(voteActions.addParticipantBallots, { groupId: group.id, participants, newId, unnamed })
                }
                disabled={participants.length === 0}
              >
                <Icon name="plus" /> {t('ranking.voting.addAllParticipants')}
              </Button>
              <Button
                onClick={() =>
                  run(voteActions.addAnonymousBallot, {
                    groupId: group.id,
                    id: newId(),
                    label: unnamed(ballots.rows.length + 1),
                  })
                }
              >
                <Icon name="plus" /> {t('ranking.voting.addAnonymous')}
              </Button>
            </div>
            <ProblemLine problem={problem} />
            <BallotTable
              mode={doc.mode}
              ballots={ballots}
              onDots={(b, optionId, count) =>
                setProblem(
                  refusalText(
                    t,
                    run(voteActions.setDots, { groupId: group.id, ballotId: b.ballotId, optionId, count }),
                  ),
                )
              }
              onRank={(b, optionId) =>
                run(voteActions.toggleRanked, { groupId: group.id, ballotId: b.ballotId, optionId })
              }
              onRemove={(b) => run(voteActions.removeBallot, { groupId: group.id, ballotId: b.ballotId })}
            />
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
          {/* Groups and closing the vote share one row: the chart starts on the first screen. */}
          <div className="result-head">
            {groupBar}
            <Button
              variant={doc.closed ? 'secondary' : 'primary'}
              onClick={() => run(voteActions.setClosed, { closed: !doc.closed })}
            >
              {doc.closed ? t('ranking.voting.reopen') : t('ranking.voting.close')}
            </Button>
          </div>
          {hidden ? (
            <p className="lead">{t('ranking.voting.hidden')}</p>
          ) : (
            <>
              {resultChart}
              <RankingTable
                items={doc.items}
                ranking={tally.ranking}
                values={tally.points}
                numbering={doc.numbering}
                valueLabel={t('ranking.voting.points')}
              />
              <NumberingSwitch
                value={doc.numbering}
                onChange={(numbering) => run(voteActions.setNumbering, { numbering })}
              />
            </>
          )}
        </div>
      ) : null}
    </ExerciseFrame>
  );
}
