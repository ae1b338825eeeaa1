import { useId } from 'react';
import { refusalError } from '../../api.js';
import { useTranslation } from 'react-i18next';
import {
  addPartner,
  addResource,
  addResponsible,
  citeWhy,
  removeActivity,
  removePartner,
  removeResource,
  removeResponsible,
  setActivityCost,
  setActivityField,
  setActivityMonths,
  setActivityText,
  updateResource,
} from '#shared/exercises/actionPlan/actions.js';
import { citeKey } from '#shared/exercises/actionPlan/checks.js';
import { sourceKindKey } from '#shared/exercises/actionPlan/report.js';
import {
  planFields,
  type ActionPlanDocument,
  type Activity,
  type Month,
  type PlanField,
} from '#shared/exercises/actionPlan/schema.js';
import type { ExerciseAction } from '#shared/exercises/action.js';
import type { RefusalReason } from '#shared/result.js';
import { formatNumber } from '#shared/i18n/format.js';
import { sameName } from '#shared/model/text.js';
import { useApp } from '../../AppContext.js';
import { Icon } from '../../components/Icon.js';
import { Button, Field } from '../../components/ui.js';
import { newId } from '../../ids.js';
import { BlurText } from '../framing/BlurText.js';
import { NameChips, RupiahField } from './fields.js';
import type { PlanSources } from './usePlanSources.js';

type Perform = <A>(action: ExerciseAction<ActionPlanDocument, A>, args: A) => RefusalReason | null;

const sourceKinds = ['none', 'local', 'outside'] as const;

/** Every field of the chosen activity, with people, institutions and resources suggested. */
export function ActivityEditor({
  activity,
  number,
  sources,
  perform,
  onRemoved,
}: {
  activity: Activity;
  number: number;
  sources: PlanSources | null;
  perform: Perform;
  onRemoved: () => void;
}) {
  const { t } = useTranslation();
  const { language, showError } = useApp();
  const id = activity.id;
  const refused = (why: RefusalReason | null): void => {
    if (why) showError(refusalError(why));
  };
  const cites = sources?.cites ?? [];
  const whyKey = activity.why ? citeKey(activity.why.exerciseId, activity.why.itemId) : '';
  const whyGone = activity.why && !cites.some((c) => citeKey(c.exerciseId, c.itemId) === whyKey);
  const people = sources?.people ?? [];
  const institutions = (sources?.institutions ?? []).map((i) => i.name);
  const mapResources = sources?.mapResources ?? [];
  const rupiahText = (n: number): string => formatNumber(language, n, { fractionDigits: 0 });

  return (
    <section className="card activity-editor" aria-label={`${t('actionPlan.details')} ${number}`}>
      <div className="editor-head">
        <h2>
          {t('actionPlan.details')} {number}
        </h2>
        <Button
          variant="danger"
          onClick={() => {
            perform(removeActivity, { id });
            onRemoved();
          }}
        >
          <Icon name="trash" /> {t('actionPlan.removeActivity')}
        </Button>
      </div>
      <Field label={t('actionPlan.what')}>
        {(fid) => (
          <BlurText
            id={fid}
            rows={2}
            value={activity.what}
            onCommit={(text) => perform(setActivityText, { id, field: 'what', text })}
          />
        )}
      </Field>
      <div className="plan-grid">
        <Field label={t('actionPlan.why')} hint={t('actionPlan.whyHint')}>
          {(fid) => (
            <select
              id={fid}
              value={whyKey}
              onChange={(e) => {
                const c = cites.find((x) => citeKey(x.exerciseId, x.itemId) === e.target.value);
                perform(citeWhy, {
                  id,
                  cite: c
                    ? { exerciseId: c.exerciseId, itemId: c.itemId, sourceType: c.sourceType, label: c.label }
                    : null,
                });
              }}
            >
              <option value="">{t('actionPlan.whyNone')}</option>
              {whyGone ? <option value={whyKey}>{activity.why!.label} ⚠</option> : null}
              {cites.map((c) => {
                const kind = sourceKindKey(c.sourceType);
                return (
                  <option key={citeKey(c.exerciseId, c.itemId)} value={citeKey(c.exerciseId, c.itemId)}>
                    {kind ? `${t(kind)}: ` : ''}
                    {c.label}
                  </option>
                );
              })}
            </select>
          )}
        </Field>
        <Field label={t('actionPlan.field')}>
          {(fid) => (
            <select
              id={fid}
              value={activity.field ?? ''}
              onChange={(e) => perform(setActivityField, { id, field: (e.target.value || null) as PlanField | null })}
            >
              <option value="">{t('actionPlan.fieldNone')}</option>
              {planFields.map((f) => (
                <option key={f} value={f}>
                  {t(`actionPlan.fields.${f}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="plan-grid">
        <NameChips
          label={t('actionPlan.responsible')}
          names={activity.responsible.map((p) => p.name)}
          suggestions={people.map((p) => p.name)}
          hint={t('actionPlan.personHint')}
          onAdd={(name) => {
            const known = people.find((p) => sameName(p.name, name));
            refused(
              perform(addResponsible, {
                id,
                person: { participantId: known?.participantId ?? null, name: known?.name ?? name },
              }),
            );
          }}
          onRemove={(index) => perform(removeResponsible, { id, index })}
        />
        <NameChips
          label={t('actionPlan.partners')}
          names={activity.partners.map((p) => p.name)}
          suggestions={institutions}
          hint={t('actionPlan.partnerHint')}
          onAdd={(name) => {
            const known = institutions.find((n) => sameName(n, name));
            refused(perform(addPartner, { id, partner: { name: known ?? name } }));
          }}
          onRemove={(index) => perform(removePartner, { id, index })}
        />
      </div>
      <div className="plan-grid three">
        <Field label={t('actionPlan.start')}>
          {(fid) => (
            <input
              id={fid}
              type="month"
              value={activity.startMonth}
              onChange={(e) =>
                perform(setActivityMonths, { id, startMonth: monthOf(e.target.value), endMonth: activity.endMonth })
              }
            />
          )}
        </Field>
        <Field label={t('actionPlan.end')}>
          {(fid) => (
            <input
              id={fid}
              type="month"
              value={activity.endMonth}
              onChange={(e) =>
                perform(setActivityMonths, { id, startMonth: activity.startMonth, endMonth: monthOf(e.target.value) })
              }
            />
          )}
        </Field>
        <Field label={t('actionPlan.place')}>
          {(fid) => (
            <BlurText
              id={fid}
              value={activity.place}
              enterCommits
              onCommit={(text) => perform(setActivityText, { id, field: 'place', text })}
            />
          )}
        </Field>
      </div>
      <fieldset className="plan-resources">
        <legend>{t('actionPlan.resources')}</legend>
        {activity.resources.map((r) => (
          <div key={r.id} className="resource-row">
            <BlurText
              label={t('actionPlan.resourceName')}
              value={r.name}
              enterCommits
              onCommit={(name) => perform(updateResource, { id, resourceId: r.id, change: { name } })}
            />
            <select
              aria-label={`${t('actionPlan.source')}: ${r.name}`}
              value={r.source.kind}
              onChange={(e) => {
                const kind = e.target.value as (typeof sourceKinds)[number];
                const source =
                  kind === 'local'
                    ? { kind, exerciseId: null, resourceId: null, name: '' }
                    : kind === 'outside'
                      ? { kind, institution: '' }
                      : { kind };
                perform(updateResource, { id, resourceId: r.id, change: { source } });
              }}
            >
              {sourceKinds.map((k) => (
                <option key={k} value={k}>
                  {t(`actionPlan.sourceKinds.${k}`)}
                </option>
              ))}
            </select>
            {r.source.kind === 'local' ? (
              <SourceName
                label={`${t('actionPlan.localHint')}: ${r.name}`}
                value={r.source.name}
                options={mapResources.map((m) => m.name)}
                onCommit={(name) => {
                  const found = mapResources.find((m) => sameName(m.name, name));
                  perform(updateResource, {
                    id,
                    resourceId: r.id,
                    change: {
                      source: {
                        kind: 'local',
                        exerciseId: found?.exerciseId ?? null,
                        resourceId: found?.resourceId ?? null,
                        name: found?.name ?? name,
                      },
                    },
                  });
                }}
              />
            ) : null}
            {r.source.kind === 'outside' ? (
              <SourceName
                label={`${t('actionPlan.outsideHint')}: ${r.name}`}
                value={r.source.institution}
                options={institutions}
                onCommit={(institution) =>
                  perform(updateResource, {
                    id,
                    resourceId: r.id,
                    change: { source: { kind: 'outside', institution } },
                  })
                }
              />
            ) : null}
            <Button
              variant="ghost"
              aria-label={`${t('actionPlan.removeResource')}: ${r.name}`}
              onClick={() => perform(removeResource, { id, resourceId: r.id })}
            >
              <Icon name="trash" />
            </Button>
          </div>
        ))}
        <NewResource
          onAdd={(name) =>
            refused(perform(addResource, { id, resource: { id: newId(), name, source: { kind: 'none' } } }))
          }
        />
      </fieldset>
      <div className="plan-grid">
        <Field label={t('actionPlan.swadaya')} hint={t('actionPlan.swadayaHint')}>
          {(fid) => (
            <RupiahField
              id={fid}
              value={activity.swadaya}
              format={rupiahText}
              onCommit={(swadaya) => perform(setActivityCost, { id, swadaya, outsideHelp: activity.outsideHelp })}
            />
          )}
        </Field>
        <Field label={t('actionPlan.outsideHelp')}>
          {(fid) => (
            <RupiahField
              id={fid}
              value={activity.outsideHelp}
              format={rupiahText}
              onCommit={(outsideHelp) => perform(setActivityCost, { id, swadaya: activity.swadaya, outsideHelp })}
            />
          )}
        </Field>
      </div>
      <Field label={t('actionPlan.doneWhen')} hint={t('actionPlan.doneWhenHint')}>
        {(fid) => (
          <BlurText
            id={fid}
            rows={2}
            value={activity.doneWhen}
            onCommit={(text) => perform(setActivityText, { id, field: 'doneWhen', text })}
          />
        )}
      </Field>
    </section>
  );
}

/** An `<input type="month">` gives '' or 'YYYY-MM'; anything else (an old browser's free text) is not a month. */
function monthOf(value: string): Month {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(value) ? value : '';
}

function SourceName({
  label,
  value,
  options,
  onCommit,
}: {
  label: string;
  value: string;
  options: readonly string[];
  onCommit: (name: string) => void;
}) {
  const listId = useId();
  return (
    <>
      <input
        key={value}
        aria-label={label}
        list={listId}
        defaultValue={value}
        onBlur={(e) => {
          if (e.target.value !== value) onCommit(e.target.value);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') e.currentTarget.blur();
        }}
      />
      <datalist id={listId}>
        {options.map((o) => (
          <option key={o} value={o} />
        ))}
      </datalist>
    </>
  );
}

function NewResource({ onAdd }: { onAdd: (name: string) => void }) {
  const { t } = useTranslation();
  return (
    <div className="inline-form">
      <input
        aria-label={t('actionPlan.resourceName')}
        placeholder={t('actionPlan.resourceName')}
        onKeyDown={(e) => {
          if (e.key !== 'Enter' || !e.currentTarget.value.trim()) return;
          e.preventDefault();
          onAdd(e.currentTarget.value.trim());
          e.currentTarget.value = '';
        }}
      />
      <Button
        onClick={(e) => {
          const input = e.currentTarget.previousElementSibling as HTMLInputElement | null;
          if (!input?.value.trim()) return;
          onAdd(input.value.trim());
          input.value = '';
        }}
      >
        <Icon name="plus" /> {t('actionPlan.addResource')}
      </Button>
    </div>
  );
}
