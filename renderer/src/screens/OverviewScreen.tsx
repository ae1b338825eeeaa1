import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '#shared/ipc/contract.js';
import { formatDate, formatDateTime, formatNumber } from '#shared/i18n/format.js';
import type { Translate } from '#shared/i18n/translate.js';
import {
  currentStepLabel,
  defaultOverviewSort,
  overviewIndicatorStatuses,
  sortOverviewRows,
  stuckLines,
  type Overview,
  type OverviewCommunity,
  type OverviewSort,
  type OverviewSortKey,
} from '#shared/model/overview.js';
import { call } from '../api.js';
import { useApp } from '../AppContext.js';
import { Icon } from '../components/Icon.js';
import { Button } from '../components/ui.js';
import './overview.css';

/** The table's columns, each sortable; numbers sort largest first on the first press. */
const columns: { key: OverviewSortKey; numeric: boolean }[] = [
  { key: 'community', numeric: false },
  { key: 'step', numeric: false },
  { key: 'lastSession', numeric: false },
  { key: 'women', numeric: true },
  { key: 'men', numeric: true },
  { key: 'total', numeric: true },
  { key: 'indicators', numeric: true },
  { key: 'stuck', numeric: true },
];

/**
 * "Ringkasan banyak desa" (issue 13, item 6): for a coordinator, every community file of a
 * folder in one sortable table, exported as PDF and CSV in the order on screen. Reached
 * from the start screen; the files are read by the backend (overview.chooseFolder), never
 * written.
 */
export function OverviewScreen({ onClose }: { onClose: () => void }) {
  const { t: i18nT } = useTranslation();
  const t = i18nT as unknown as Translate; // i18next's t takes every key of the typed dictionaries
  const { language, notify, showError } = useApp();
  const [overview, setOverview] = useState<Overview | null>(null);
  const [reading, setReading] = useState(false);
  const [sort, setSort] = useState<OverviewSort>(defaultOverviewSort);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => heading.current?.focus(), []);

  const read = (request: Promise<Overview | null>): void => {
    setReading(true);
    request
      .then((read) => {
        if (read) setOverview(read);
      })
      .catch(showError)
      .finally(() => setReading(false));
  };

  const saved = (request: Promise<ChannelOutput<'overview.exportPdf'>>): void => {
    request
      .then((file) => {
        if (file) notify(t('overview.exported', { file: file.path }));
      })
      .catch(showError);
  };

  const rows = useMemo(() => (overview ? sortOverviewRows(overview.rows, sort) : []), [overview, sort]);
  const communities = rows.filter((r) => r.kind === 'community').length;
  const n = (v: number): string => formatNumber(language, v);

  const sortBy = (key: OverviewSortKey, numeric: boolean): void =>
    setSort((s) =>
      s.key === key
        ? { key, direction: s.direction === 'asc' ? 'desc' : 'asc' }
        : { key, direction: numeric ? 'desc' : 'asc' },
    );

  return (
    <div className="page overview-page">
      <div className="page-head">
        <Button variant="ghost" onClick={onClose} aria-label={t('overview.back')}>
          <Icon name="back" />
        </Button>
        <div className="page-title">
          <h1 ref={heading} tabIndex={-1}>
            {t('overview.heading')}
          </h1>
          <p className="lead">{t('overview.lead')}</p>
        </div>
      </div>
      <div className="overview-actions">
        <Button
          variant={overview ? 'secondary' : 'primary'}
          className="big"
          data-autofocus
          disabled={reading}
          onClick={() => read(call('overview.chooseFolder', {}))}
        >
          <Icon name="folder" /> {t(overview ? 'overview.chooseAnother' : 'overview.chooseFolder')}
        </Button>
        {overview ? (
          <>
            <Button disabled={reading} onClick={() => read(call('overview.refresh', {}))}>
              {t('overview.refresh')}
            </Button>
            <Button variant="primary" onClick={() => saved(call('overview.exportPdf', { sort, language }))}>
              <Icon name="pdf" /> {t('overview.exportPdf')}
            </Button>
            <Button variant="primary" onClick={() => saved(call('overview.exportCsv', { sort, language }))}>
              <Icon name="grid" /> {t('overview.exportCsv')}
            </Button>
          </>
        ) : null}
      </div>
      <p role="status" className="overview-status">
        {reading ? t('overview.reading') : ''}
      </p>
      {overview ? (
        <>
          <p className="overview-folder">
            <strong>{t('overview.folder', { folder: overview.folder })}</strong>
            <br />
            {t('overview.counts', { communities: n(communities), refused: n(rows.length - communities) })} ·{' '}
            {t('overview.readAt', { time: formatDateTime(language, overview.readAt) })}
          </p>
          {rows.length === 0 ? (
            <p className="lead">{t('overview.empty')}</p>
          ) : (
            <div className="overview-scroll">
              <table className="overview-table" aria-label={t('overview.tableLabel')}>
                <thead>
                  <tr>
                    {columns.map(({ key, numeric }) => {
                      const sorted = sort.key === key;
                      const label = t(`overview.columns.${key}`);
                      return (
                        <th
                          key={key}
                          scope="col"
                          className={numeric ? 'num' : ''}
                          aria-sort={sorted ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
                        >
                          <button
                            type="button"
                            className="overview-sort"
                            title={t('overview.sortBy', { column: label })}
                            onClick={() => sortBy(key, numeric)}
                          >
                            {label}
                            <span aria-hidden="true" className="overview-arrow">
                              {sorted ? (sort.direction === 'asc' ? '▲' : '▼') : '↕'}
                            </span>
                          </button>
                        </th>
                      );
                    })}
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) =>
                    row.kind === 'refused' ? (
                      <tr key={row.fileName} className="overview-refused">
                        <th scope="row">
                          <span className="overview-file">{row.fileName}</span>
                        </th>
                        <td colSpan={columns.length - 1}>
                          <Icon name="warning" /> {t(`overview.refusals.${row.reason}`)}
                        </td>
                      </tr>
                    ) : (
                      <CommunityRow key={row.fileName} row={row} t={t} n={n} language={language} />
                    ),
                  )}
                </tbody>
              </table>
            </div>
          )}
          <p className="muted">{t('overview.attendanceHint')}</p>
        </>
      ) : null}
    </div>
  );
}

function CommunityRow({
  row,
  t,
  n,
  language,
}: {
  row: OverviewCommunity;
  t: Translate;
  n: (v: number) => string;
  language: Parameters<typeof formatDate>[0];
}) {
  const indicators = overviewIndicatorStatuses.filter((s) => row.indicators[s] > 0);
  const stuck = stuckLines(row);
  return (
    <tr>
      <th scope="row">
        <strong>{row.name}</strong>
        {row.place ? <span className="overview-file">{row.place}</span> : null}
        <span className="overview-file">{row.fileName}</span>
        {row.damagedExercises > 0 ? (
          <span className="overview-warn">{t('overview.damagedExercises', { count: n(row.damagedExercises) })}</span>
        ) : null}
      </th>
      <td>{currentStepLabel(row, t)}</td>
      <td>{row.lastSession ? formatDate(language, row.lastSession) : t('overview.noSession')}</td>
      <td className="num">{n(row.attendance.women)}</td>
      <td className="num">{n(row.attendance.men)}</td>
      <td className="num">{n(row.attendance.total)}</td>
      <td>
        {indicators.length ? (
          <ul className="overview-list">
            {indicators.map((s) => (
              <li key={s} className={`overview-ind overview-ind-${s}`}>
                {t(`overview.indicatorStatus.${s}`)}: <strong>{n(row.indicators[s])}</strong>
              </li>
            ))}
          </ul>
        ) : (
          <span className="muted">{t('overview.indicatorsNone')}</span>
        )}
      </td>
      <td>
        {stuck.length ? (
          <ul className="overview-list">
            {stuck.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        ) : (
          <span className="muted">{t('overview.none')}</span>
        )}
      </td>
    </tr>
  );
}
