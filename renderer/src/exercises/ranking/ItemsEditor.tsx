import { useTranslation } from 'react-i18next';
import { useEffect, useState } from 'react';
import { hasName } from '#shared/exercises/ranking/actions.js';
import type { RefusalReason } from '#shared/result.js';
import type { RankItem } from '#shared/exercises/ranking/schema.js';
import { call } from '../../api.js';
import { useApp } from '../../AppContext.js';
import { Icon } from '../../components/Icon.js';
import { Button, ConfirmDialog } from '../../components/ui.js';
import { AddNameForm, EditableName, ProblemLine } from './RankingParts.js';
import { refusalText } from './useRankingActions.js';

/**
 * Names offered for quick entry: the community's institutions, the session's agreements,
 * and the names the session's other exercises offer (the options of its rankings).
 */
function usePickSources(sessionId: string, exerciseId: string): { label: string; names: string[] }[] {
  const { t } = useTranslation();
  const { showError } = useApp();
  const [sources, setSources] = useState<{ label: string; names: string[] }[]>([]);
  useEffect(() => {
    const load = async (): Promise<void> => {
      const [stakeholders, session, offered] = await Promise.all([
        call('stakeholder.list', {}),
        call('session.get', { id: sessionId }),
        call('session.sources', { id: sessionId }),
      ]);
      setSources([
        { label: t('ranking.pickStakeholders'), names: stakeholders.map((s) => s.name) },
        { label: t('ranking.pickAgreements'), names: session.agreements },
        ...offered
          .filter((e) => e.names.length > 0 && e.exerciseId !== exerciseId)
          .map((e) => ({ label: `${t('ranking.pickOther')}: ${e.title}`, names: e.names })),
      ]);
    };
    load().catch(showError);
  }, [exerciseId, sessionId, showError, t]);
  return sources;
}

/** The option list: type and Enter to add, pick from lists, correct in place, remove with a warning of what is lost. */
export function ItemsEditor({
  sessionId,
  exerciseId,
  label,
  items,
  onAdd,
  onRename,
  onRemove,
  lossFor,
}: {
  sessionId: string;
  exerciseId: string;
  label: string;
  items: readonly RankItem[];
  onAdd: (name: string) => RefusalReason | null;
  onRename: (id: string, name: string) => RefusalReason | null;
  onRemove: (id: string) => void;
  /** How many choices, scores or votes removing the item would lose. */
  lossFor: (id: string) => number;
}) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);
  const [removing, setRemoving] = useState<RankItem | null>(null);
  const sources = usePickSources(sessionId, exerciseId);
  return (
    <section className="card items-editor" aria-label={label}>
      <h2>{label}</h2>
      <AddNameForm
        label={t('ranking.itemName')}
        button={t('ranking.addItem')}
        primary
        onAdd={onAdd}
        onProblem={setProblem}
      >
        <select
          aria-label={t('ranking.pickFrom')}
          value=""
          onChange={(e) => {
            if (e.target.value) setProblem(refusalText(t, onAdd(e.target.value)));
          }}
        >
          <option value="">{t('ranking.pickFrom')}…</option>
          {sources.map((s) => (
            <optgroup key={s.label} label={s.label}>
              {s.names.map((n) => (
                <option key={n} value={n} disabled={hasName(items, n)}>
                  {n}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </AddNameForm>
      <ProblemLine problem={problem} />
      {items.length < 2 ? <p className="muted">{t('ranking.needTwo')}</p> : null}
      <ol className="item-list">
        {items.map((item) => (
          <li key={item.id}>
            <EditableName
              name={item.name}
              label={t('ranking.renameItem')}
              onRename={(next) => onRename(item.id, next)}
              onProblem={setProblem}
            />
            <Button
              variant="ghost"
              aria-label={`${t('ranking.removeItem')}: ${item.name}`}
              onClick={() => (lossFor(item.id) > 0 ? setRemoving(item) : onRemove(item.id))}
            >
              <Icon name="close" size={18} />
            </Button>
          </li>
        ))}
      </ol>
      {removing ? (
        <ConfirmDialog
          message={t('ranking.removeItemConfirm', { name: removing.name, count: lossFor(removing.id) })}
          confirmLabel={t('ranking.removeItem')}
          onClose={() => setRemoving(null)}
          onConfirm={() => {
            onRemove(removing.id);
            setRemoving(null);
          }}
        />
      ) : null}
    </section>
  );
}
