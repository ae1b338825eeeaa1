import './posterPack.css';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '#shared/ipc/contract.js';
import { definitionOf, isExerciseType } from '#shared/exercises/registry.js';
import { formatDate, formatMonthParts } from '#shared/i18n/format.js';
import { call } from '../api.js';
import { useApp } from '../AppContext.js';
import { Icon } from '../components/Icon.js';
import { Button, Modal, SegmentedField } from '../components/ui.js';

type PosterEntry = ChannelOutput<'poster.list'>[number];

/** "2026-05" of a session date; the month a poster belongs to. */
const monthOf = (date: string): string => date.slice(0, 7);

function monthLabel(language: Parameters<typeof formatMonthParts>[0], month: string): string {
  const [year, number] = month.split('-').map(Number);
  if (!year || !number) return month;
  return formatMonthParts(language, year * 12 + number - 1).join(' ');
}

/**
 * The "this month" pack: the exercises of the chosen months that have a poster, newest
 * first and all ticked, in A4 or A3, saved as one PDF for the notice board. The newest
 * month with posters is chosen when the dialog opens.
 */
export function PosterPack({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { language, notify, showError } = useApp();
  const [entries, setEntries] = useState<PosterEntry[] | null>(null);
  const [months, setMonths] = useState<ReadonlySet<string>>(new Set());
  // What the user unticked; anything newly shown (another month) starts ticked.
  const [unticked, setUnticked] = useState<ReadonlySet<string>>(new Set());
  const [size, setSize] = useState<'A4' | 'A3'>('A4');
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    let stale = false;
    call('poster.list', {})
      .then((list) => {
        if (stale) return;
        setEntries(list);
        const newest = list[0] ? monthOf(list[0].date) : null;
        setMonths(new Set(newest ? [newest] : []));
      })
      .catch(showError);
    return () => {
      stale = true;
    };
  }, [showError]);

  const allMonths = useMemo(() => [...new Set((entries ?? []).map((e) => monthOf(e.date)))], [entries]);
  const shown = (entries ?? []).filter((e) => months.has(monthOf(e.date)));
  const chosen = shown.filter((e) => !unticked.has(e.exerciseId));

  const toggle = <T,>(set: ReadonlySet<T>, item: T, on: boolean): Set<T> => {
    const next = new Set(set);
    if (on) next.add(item);
    else next.delete(item);
    return next;
  };

  const save = (): void => {
    if (chosen.length === 0) return;
    setSaving(true);
    call('report.exportPosterPack', { exerciseIds: chosen.map((e) => e.exerciseId), size, language })
      .then((saved) => {
        if (!saved) return;
        notify(t('posters.packSaved', { count: chosen.length, file: saved.path }));
        onClose();
      })
      .catch(showError)
      .finally(() => setSaving(false));
  };

  const typeName = (type: string): string => (isExerciseType(type) ? t(definitionOf(type).labels.name) : type);

  // The dialog opens once the list is read, so its focus starts on the first month.
  if (entries === null) return null;
  return (
    <Modal title={t('posters.packTitle')} onClose={onClose}>
      {entries.length === 0 ? (
        <p className="muted">{t('posters.packNone')}</p>
      ) : (
        <div className="poster-pack">
          <fieldset className="poster-pack-months">
            <legend>{t('posters.packMonths')}</legend>
            {allMonths.map((month) => (
              <label key={month} className="check">
                <input
                  type="checkbox"
                  checked={months.has(month)}
                  onChange={(e) => setMonths(toggle(months, month, e.target.checked))}
                />
                {monthLabel(language, month)}
              </label>
            ))}
          </fieldset>
          <fieldset className="poster-pack-list">
            <legend>{t('posters.packChoose')}</legend>
            {shown.length === 0 ? <p className="muted">{t('posters.packNone')}</p> : null}
            <ul>
              {shown.map((e) => (
                <li key={e.exerciseId}>
                  <label className="check">
                    <input
                      type="checkbox"
                      checked={!unticked.has(e.exerciseId)}
                      onChange={(event) => setUnticked(toggle(unticked, e.exerciseId, !event.target.checked))}
                    />
                    <span>
                      <strong className="clamp-2">{e.title}</strong>
                      <small className="muted">
                        {typeName(e.type)} · {e.sessionTitle} · {formatDate(language, e.date)}
                      </small>
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
          <SegmentedField
            label={t('posters.packSize')}
            value={size}
            options={[
              { value: 'A4', label: 'A4' },
              { value: 'A3', label: 'A3' },
            ]}
            onChange={setSize}
          />
          {chosen.length === 0 ? <p className="hint">{t('posters.packChooseOne')}</p> : null}
          <div className="inline-form">
            <Button variant="primary" onClick={save} disabled={chosen.length === 0 || saving}>
              <Icon name="pdf" /> {t('posters.packExport', { count: chosen.length })}
            </Button>
          </div>
        </div>
      )}
    </Modal>
  );
}
