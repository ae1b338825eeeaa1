import { useState, type DragEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivityCheck } from '#shared/exercises/actionPlan/checks.js';
import { whenText } from '#shared/exercises/actionPlan/report.js';
import type { Activity } from '#shared/exercises/actionPlan/schema.js';
import { formatNumber } from '#shared/i18n/format.js';
import { useApp } from '../../AppContext.js';
import { Icon } from '../../components/Icon.js';
import { Button } from '../../components/ui.js';

/**
 * The plan as a table, one row per activity in the group's order. A row is chosen by
 * click or Enter; it moves by its drag handle, by its arrow buttons, or with Alt+Up/Down
 * (the move is announced, and the focus stays on the moved row).
 */
export function ActivityTable({
  activities,
  selectedId,
  checks,
  onSelect,
  onMove,
}: {
  activities: readonly Activity[];
  selectedId: string | null;
  checks: readonly ActivityCheck[];
  onSelect: (id: string) => void;
  onMove: (id: string, to: number) => void;
}) {
  const { t } = useTranslation();
  const { language } = useApp();
  const [dragging, setDragging] = useState<string | null>(null);
  const [over, setOver] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const flagsOf = (id: string): number => checks.filter((c) => c.activityId === id).length;
  const rupiah = (n: number): string => formatNumber(language, n, { fractionDigits: 0 });

  const move = (id: string, from: number, to: number): void => {
    if (to < 0 || to >= activities.length || to === from) return;
    onMove(id, to);
    setAnnouncement(t('actionPlan.moved', { number: from + 1, to: to + 1 }));
    // The row keeps the focus after React re-orders it.
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-activity-row="${id}"]`)?.focus());
  };
  const onRowKey = (e: KeyboardEvent<HTMLTableRowElement>, a: Activity, index: number): void => {
    if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
      e.preventDefault();
      move(a.id, index, index + (e.key === 'ArrowUp' ? -1 : 1));
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onSelect(a.id);
    } else if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      e.preventDefault();
      const next = activities[index + (e.key === 'ArrowUp' ? -1 : 1)];
      if (next) document.querySelector<HTMLElement>(`[data-activity-row="${next.id}"]`)?.focus();
    }
  };
  const drop = (e: DragEvent, index: number): void => {
    e.preventDefault();
    const id = dragging ?? e.dataTransfer.getData('text/plain');
    const from = activities.findIndex((a) => a.id === id);
    setDragging(null);
    setOver(null);
    if (from !== -1) move(id, from, index);
  };

  return (
    <>
      <p className="muted">{t('actionPlan.reorderKeys')}</p>
      <p className="visually-hidden plan-move-status" role="status" aria-live="polite">
        {announcement}
      </p>
      <table className="data plan-table">
        <thead>
          <tr>
            <th scope="col" className="narrow">
              {t('actionPlan.number')}
            </th>
            <th scope="col">{t('actionPlan.what')}</th>
            <th scope="col">{t('actionPlan.responsible')}</th>
            <th scope="col">{t('actionPlan.when')}</th>
            <th scope="col">{t('actionPlan.cost')}</th>
            <th scope="col" className="narrow">
              <span className="visually-hidden">{t('actionPlan.checks')}</span>
            </th>
            <th scope="col" className="narrow">
              <span className="visually-hidden">{t('actionPlan.moveUp')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {activities.map((a, index) => {
            const flags = flagsOf(a.id);
            return (
              <tr
                key={a.id}
                data-activity-row={a.id}
                tabIndex={0}
                aria-selected={a.id === selectedId}
                aria-label={t('actionPlan.select', { number: index + 1 })}
                className={[a.id === selectedId ? 'selected' : '', over === index ? 'drop-over' : ''].join(' ')}
                onClick={() => onSelect(a.id)}
                onKeyDown={(e) => onRowKey(e, a, index)}
                onDragOver={(e) => {
                  if (!dragging) return;
                  e.preventDefault();
                  setOver(index);
                }}
                onDragLeave={() => setOver((o) => (o === index ? null : o))}
                onDrop={(e) => drop(e, index)}
              >
                <td className="narrow">
                  <span
                    className="drag-handle"
                    draggable
                    role="img"
                    aria-label={t('actionPlan.dragHandle', { number: index + 1 })}
                    onDragStart={(e) => {
                      e.dataTransfer.setData('text/plain', a.id);
                      e.dataTransfer.effectAllowed = 'move';
                      setDragging(a.id);
                    }}
                    onDragEnd={() => {
                      setDragging(null);
                      setOver(null);
                    }}
                  >
                    ⠿
                  </span>{' '}
                  {index + 1}
                </td>
                <td className="what">{a.what || '…'}</td>
                <td>{a.responsible.map((p) => p.name).join(', ')}</td>
                <td>{whenText(t, a)}</td>
                <td>
                  {a.swadaya + a.outsideHelp > 0 ? (
                    <>
                      {rupiah(a.swadaya)} / {rupiah(a.outsideHelp)}
                    </>
                  ) : null}
                </td>
                <td className="narrow">
                  {flags > 0 ? (
                    <span className="flag" title={t('actionPlan.checks')}>
                      <Icon name="warning" size={20} /> {flags}
                    </span>
                  ) : null}
                </td>
                <td className="narrow row-moves">
                  <Button
                    variant="ghost"
                    aria-label={`${t('actionPlan.moveUp')} ${index + 1}`}
                    disabled={index === 0}
                    onClick={(e) => {
                      e.stopPropagation();
                      move(a.id, index, index - 1);
                    }}
                  >
                    ↑
                  </Button>
                  <Button
                    variant="ghost"
                    aria-label={`${t('actionPlan.moveDown')} ${index + 1}`}
                    disabled={index === activities.length - 1}
                    onClick={(e) => {
                      e.stopPropagation();
                      move(a.id, index, index + 1);
                    }}
                  >
                    ↓
                  </Button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
