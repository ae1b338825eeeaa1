import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { compareGroups, sameTopChoice } from '../../../../shared/exercises/ranking/groups.js';
import type { Ranked } from '../../../../shared/exercises/ranking/ranks.js';
import { rankNotes } from '../../../../shared/exercises/ranking/notes.js';
import { formatScore, rankingBarsScene, rankLabel } from '../../../../shared/exercises/ranking/scene.js';
import type { Numbering, RankGroup, RankItem } from '../../../../shared/exercises/ranking/schema.js';
import { sceneToSvg } from '../../../../shared/scene/svg.js';
import { call } from '../../api.js';
import { useApp } from '../../AppContext.js';
import { Icon } from '../../components/Icon.js';
import { Button, ConfirmDialog, Segmented, SegmentedField } from '../../components/ui.js';
import { hasName } from './rankingEdits.js';

export function groupLabel(t: (k: string) => string, g: RankGroup): string {
  return g.name.trim() || t('ranking.allGroup');
}

export function GroupBar({
  groups,
  active,
  onSelect,
  onAdd,
}: {
  groups: readonly RankGroup[];
  active: string;
  onSelect: (id: string) => void;
  onAdd?: (name: string) => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  return (
    <div className="group-bar">
      <span className="label">{t('ranking.groups')}:</span>
      <Segmented
        label={t('ranking.groups')}
        value={active}
        options={groups.map((g) => ({ value: g.id, label: groupLabel(t, g) }))}
        onChange={onSelect}
      />
      {onAdd ? (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (name.trim() && !hasName(groups, name)) {
              onAdd(name.trim());
              setName('');
            }
          }}
        >
          <input
            aria-label={t('ranking.groupName')}
            placeholder={t('ranking.groupName')}
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
          <Button type="submit">
            <Icon name="plus" /> {t('ranking.addGroup')}
          </Button>
        </form>
      ) : null}
    </div>
  );
}

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

/** The option list: type and Enter to add, pick from lists, remove with a warning of what is lost. */
/**
 * A name in a list that can be corrected in place, so a typo is fixed without losing the
 * choices or scores made for it. Enter or leaving the field keeps the new name, Escape
 * puts the old one back; an empty name or one already in the list is refused.
 */
export function EditableName({
  name,
  others,
  label,
  onRename,
  onProblem,
}: {
  name: string;
  /** The other names of the list (not this one). */
  others: readonly { name: string }[];
  label: string;
  onRename: (name: string) => void;
  onProblem: (message: string | null) => void;
}) {
  const { t } = useTranslation();
  return (
    <input
      key={name}
      className="inline-name"
      aria-label={`${label}: ${name}`}
      defaultValue={name}
      onKeyDown={(e) => {
        if (e.key === 'Escape') e.currentTarget.value = name;
        if (e.key === 'Enter' || e.key === 'Escape') e.currentTarget.blur();
      }}
      onBlur={(e) => {
        const next = e.target.value;
        if (next === name) return;
        const why = !next.trim() ? 'errors.empty_name' : hasName(others, next) ? 'errors.duplicate_name' : null;
        if (why) {
          onProblem(t(why));
          e.target.value = name;
          return;
        }
        onProblem(null);
        onRename(next);
      }}
    />
  );
}

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
  onAdd: (name: string) => void;
  onRename: (id: string, name: string) => void;
  onRemove: (id: string) => void;
  lossFor: (id: string) => number;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [removing, setRemoving] = useState<RankItem | null>(null);
  const sources = usePickSources(sessionId, exerciseId);
  const add = (text: string): void => {
    if (!text.trim()) return setProblem(t('errors.empty_name'));
    if (hasName(items, text)) return setProblem(t('errors.duplicate_name'));
    setProblem(null);
    onAdd(text);
    setName('');
  };
  return (
    <section className="card items-editor" aria-label={label}>
      <h2>{label}</h2>
      <form
        className="inline-form"
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          add(name);
        }}
      >
        <input
          aria-label={t('ranking.itemName')}
          placeholder={t('ranking.itemName')}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <Button variant="primary" type="submit">
          <Icon name="plus" /> {t('ranking.addItem')}
        </Button>
        <select
          aria-label={t('ranking.pickFrom')}
          value=""
          onChange={(e) => {
            if (e.target.value) add(e.target.value);
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
      </form>
      {problem ? (
        <p className="field-error" role="alert">
          {problem}
        </p>
      ) : null}
      {items.length < 2 ? <p className="muted">{t('ranking.needTwo')}</p> : null}
      <ol className="item-list">
        {items.map((item) => (
          <li key={item.id}>
            <EditableName
              name={item.name}
              others={items.filter((i) => i.id !== item.id)}
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

/** The ranking as large ordered bars, the same vector chart as in the PDF. */
function RankingChart({
  items,
  ranking,
  values,
  numbering,
  label,
}: {
  items: readonly RankItem[];
  ranking: readonly Ranked<string>[];
  values: Readonly<Record<string, number>>;
  numbering: Numbering;
  label: string;
}) {
  const names = new Map(items.map((i) => [i.id, i.name]));
  const svg = sceneToSvg(
    rankingBarsScene(
      ranking.map((r) => ({ label: names.get(r.item) ?? '', value: values[r.item] ?? 0, ranked: r })),
      numbering,
    ),
    '100%',
  );
  // Built by our own scene code; every label is escaped.
  return <div className="ranking-chart" role="img" aria-label={label} dangerouslySetInnerHTML={{ __html: svg }} />;
}

export function RankingTable({
  items,
  ranking,
  values,
  numbering,
  valueLabel,
}: {
  items: readonly RankItem[];
  ranking: readonly Ranked<string>[];
  values: Readonly<Record<string, number>>;
  numbering: Numbering;
  valueLabel: string;
}) {
  const { t } = useTranslation();
  const names = new Map(items.map((i) => [i.id, i.name]));
  return (
    <table className="data result-table" data-testid="result-table">
      <thead>
        <tr>
          <th>{t('ranking.rank')}</th>
          <th>{t('ranking.items')}</th>
          <th>{valueLabel}</th>
        </tr>
      </thead>
      <tbody>
        {ranking.map((r) => (
          <tr key={r.item} className={r.tied ? 'tied' : ''}>
            <td>
              <strong>
                {rankLabel(r, numbering)}
                {r.tied ? '=' : ''}
              </strong>
            </td>
            <td>{names.get(r.item)}</td>
            <td>{formatScore(values[r.item] ?? 0)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Plain words for ties (and, for pairwise, cycles) under the result. */
/**
 * What every ranking shows first on the wall: the ordered bars of the chosen group, its
 * ties or cycles in words, and, when groups ranked separately, their results side by side.
 */
export function RankingResult({
  items,
  groups,
  rankings,
  active,
  values,
  numbering,
  cycles,
}: {
  items: readonly RankItem[];
  groups: readonly RankGroup[];
  /** One ranking per group, in the groups' order. */
  rankings: readonly Ranked<string>[][];
  /** Index of the group on screen. */
  active: number;
  values: Readonly<Record<string, number>>;
  numbering: Numbering;
  cycles?: readonly string[][];
}) {
  const { t } = useTranslation();
  const ranking = rankings[active] ?? [];
  return (
    <>
      <RankingChart items={items} ranking={ranking} values={values} numbering={numbering} label={t('ranking.result')} />
      <TieNotes items={items} ranking={ranking} numbering={numbering} cycles={cycles} />
      <GroupComparison items={items} groups={groups} rankings={rankings} numbering={numbering} />
    </>
  );
}

function TieNotes({
  items,
  ranking,
  numbering,
  cycles = [],
}: {
  items: readonly RankItem[];
  ranking: readonly Ranked<string>[];
  numbering: Numbering;
  cycles?: readonly string[][];
}) {
  const { t } = useTranslation();
  const names = new Map(items.map((i) => [i.id, i.name]));
  const notes = rankNotes(ranking, numbering, cycles);
  if (notes.length === 0) return null;
  return (
    <ul className="tie-notes" data-testid="tie-notes">
      {notes.map((n) => {
        const list = n.ids.map((id) => names.get(id)).join(', ');
        return n.kind === 'cycle' ? (
          <li key={`c${n.ids.join()}`} className="cycle">
            {t('ranking.cycleNote', { names: list })}
          </li>
        ) : (
          <li key={`t${n.ids.join()}`}>{t('ranking.tieNote', { names: list, rank: n.rank })}</li>
        );
      })}
    </ul>
  );
}

/** Groups side by side: each group's rank of each item, where they agree and differ. */
function GroupComparison({
  items,
  groups,
  rankings,
  numbering,
}: {
  items: readonly RankItem[];
  groups: readonly RankGroup[];
  rankings: readonly Ranked<string>[][];
  numbering: Numbering;
}) {
  const { t } = useTranslation();
  if (groups.length < 2) return null;
  const rows = compareGroups(
    items.map((i) => i.id),
    rankings,
  );
  const byGroup = rankings.map((r) => new Map(r.map((x) => [x.item, x])));
  return (
    <section className="card" aria-label={t('ranking.sideBySide')}>
      <h2>{t('ranking.sideBySide')}</h2>
      <p className="lead">{sameTopChoice(rankings) ? t('ranking.sameTop') : t('ranking.differentTop')}</p>
      <table className="data" data-testid="group-comparison">
        <thead>
          <tr>
            <th>{t('ranking.items')}</th>
            {groups.map((g) => (
              <th key={g.id}>{groupLabel(t, g)}</th>
            ))}
            <th />
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.itemId}>
              <td>{items.find((i) => i.id === row.itemId)?.name}</td>
              {byGroup.map((m, i) => {
                const r = m.get(row.itemId);
                return <td key={groups[i]!.id}>{r ? rankLabel(r, numbering) : '–'}</td>;
              })}
              <td className={row.agree ? 'change-up' : 'change-down'}>
                {row.agree ? t('ranking.agree') : t('ranking.differ', { n: row.spread })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function NumberingSwitch({ value, onChange }: { value: Numbering; onChange: (n: Numbering) => void }) {
  const { t } = useTranslation();
  return (
    <SegmentedField
      label={t('ranking.numbering')}
      value={value}
      options={[
        { value: 'competition', label: '1, 1, 3' },
        { value: 'roman', label: 'I, I, II' },
      ]}
      onChange={onChange}
    />
  );
}
