import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { measurementDoubt, type CommunityIndicator } from '#shared/exercises/monitoring/progress.js';
import type { Measurement } from '#shared/exercises/monitoring/schema.js';
import { readValue } from '#shared/exercises/monitoring/values.js';
import { dateText, statusText, targetText, valueWithUnit } from '#shared/exercises/monitoring/words.js';
import { useApp } from '../../AppContext.js';
import { Icon } from '../../components/Icon.js';
import { Button, Field, Modal } from '../../components/ui.js';
import { newId } from '../../ids.js';
import { DamagedImage, importPhoto } from '../resources/photoImport.js';

/**
 * One indicator at a monitoring session: where it stands, and the form for today's
 * measurement (value, date, who measured, a note, a photo). A value in another unit or
 * far outside the figures so far is asked about before it is kept; "Perbaiki" goes back
 * to the field with the typed value still there.
 */
export function MeasurementForm({
  row,
  sessionDate,
  onSave,
}: {
  row: CommunityIndicator;
  sessionDate: string;
  onSave: (measurement: Measurement) => void;
}) {
  const { t } = useTranslation();
  const { showError, notify } = useApp();
  const { indicator } = row;
  const [value, setValue] = useState('');
  const [date, setDate] = useState(sessionDate);
  const [measuredBy, setMeasuredBy] = useState('');
  const [note, setNote] = useState('');
  const [photoId, setPhotoId] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [doubt, setDoubt] = useState<{ message: string; measurement: Measurement } | null>(null);
  const valueId = `value-${indicator.id}`;
  const latest = row.progress.latest;

  const keep = (measurement: Measurement): void => {
    onSave(measurement);
    notify(t('monitoring.saved', { name: indicator.name, value: valueWithUnit(t, measurement.value, indicator.unit) }));
    setValue('');
    setNote('');
    setPhotoId(null);
    setProblem(null);
    setDoubt(null);
  };
  const save = (): void => {
    const read = readValue(value, indicator.unit);
    if (!read.ok) return setProblem(t('monitoring.notNumber'));
    if (!date) return setProblem(t('monitoring.needDate'));
    setProblem(null);
    const measurement: Measurement = {
      id: newId(),
      indicatorId: indicator.id,
      value: read.value,
      date,
      measuredBy: measuredBy.trim(),
      note: note.trim(),
      photoId,
    };
    const shown = valueWithUnit(t, read.value, indicator.unit);
    if (read.otherUnit)
      return setDoubt({
        measurement,
        message: t('monitoring.wrongUnit', { unit: indicator.unit, written: read.writtenUnit, value: shown }),
      });
    if (measurementDoubt(indicator, row.measurements, read.value)) {
      const seen = [indicator.baseline.value, indicator.target.value, ...row.measurements.map((m) => m.value)];
      return setDoubt({
        measurement,
        message: t('monitoring.farOutside', {
          value: shown,
          low: valueWithUnit(t, Math.min(...seen), indicator.unit),
          high: valueWithUnit(t, Math.max(...seen), indicator.unit),
        }),
      });
    }
    keep(measurement);
  };

  return (
    <section className="card measure-card" aria-label={indicator.name} data-testid={`measure-${indicator.id}`}>
      <h2>{indicator.name}</h2>
      <p className="muted">{targetText(t, row)}</p>
      <p>
        <strong>{statusText(t, row)}</strong>
        {' · '}
        {latest
          ? t('monitoring.latest', {
              value: valueWithUnit(t, latest.value, indicator.unit),
              date: dateText(t, latest.date),
            })
          : t('monitoring.never')}
      </p>
      <form
        className="measure-grid"
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <div className="field">
          <label htmlFor={valueId}>{t('monitoring.value', { unit: indicator.unit })}</label>
          <input id={valueId} inputMode="decimal" value={value} onChange={(e) => setValue(e.target.value)} />
        </div>
        <Field label={t('monitoring.date')}>
          {(id) => <input id={id} type="date" value={date} onChange={(e) => setDate(e.target.value)} />}
        </Field>
        <Field label={t('monitoring.measuredBy')}>
          {(id) => <input id={id} value={measuredBy} onChange={(e) => setMeasuredBy(e.target.value)} />}
        </Field>
        <Field label={t('monitoring.note')}>
          {(id) => <input id={id} value={note} onChange={(e) => setNote(e.target.value)} />}
        </Field>
        <div className="inline-form measure-actions">
          {photoId ? (
            <Button variant="ghost" onClick={() => setPhotoId(null)}>
              {t('monitoring.photoAttached')} · {t('monitoring.removePhoto')}
            </Button>
          ) : (
            <Button
              onClick={() => {
                setProblem(null);
                importPhoto()
                  .then((photo) => photo && setPhotoId(photo.id))
                  .catch((e: unknown) =>
                    e instanceof DamagedImage ? setProblem(t('monitoring.damagedPhoto')) : showError(e),
                  );
              }}
            >
              <Icon name="folder" /> {t('monitoring.addPhoto')}
            </Button>
          )}
          <Button type="submit" variant="primary">
            <Icon name="plus" /> {t('monitoring.save')}
          </Button>
        </div>
      </form>
      {problem ? (
        <p className="field-error" role="alert">
          {problem}
        </p>
      ) : null}
      {doubt ? (
        <Modal title={t('monitoring.confirmTitle')} onClose={() => setDoubt(null)}>
          <p>{doubt.message}</p>
          <div className="form-actions">
            <Button
              data-autofocus
              onClick={() => {
                setDoubt(null);
                document.getElementById(valueId)?.focus();
              }}
            >
              {t('monitoring.fix')}
            </Button>
            <Button variant="primary" onClick={() => keep(doubt.measurement)}>
              {t('monitoring.confirmSave')}
            </Button>
          </div>
        </Modal>
      ) : null}
    </section>
  );
}
