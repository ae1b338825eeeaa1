import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { definitionOf, isExerciseType, type ExerciseTypeName } from '#shared/exercises/registry.js';
import { suggestedKind, techniquesFor, type Technique } from '#shared/model/journey.js';
import { stepLabelKey, type Phase, type ProcessStep } from '#shared/model/process.js';
import { call } from '../api.js';
import { useApp } from '../AppContext.js';
import { Icon } from '../components/Icon.js';
import { Modal } from '../components/ui.js';
import { exerciseViewOf } from '../exercises/registry.js';
import { newSessionFields, SessionForm } from './SessionForm.js';

/** A technique by name: an exercise type by its type's name, a paper one from the journey's list. */
export function techniqueLabel(t: TFunction, technique: Technique): string {
  return 'exerciseType' in technique && isExerciseType(technique.exerciseType)
    ? t(definitionOf(technique.exerciseType).labels.name)
    : 'paper' in technique
      ? t(`journey.paperTechniques.${technique.paper}`)
      : '';
}

/**
 * "Start a session with them": the session form filled for the current step (its phase
 * and step, the usual kind, the step's name as title, the paper techniques as agenda),
 * and the step's exercise types ticked, created with the session in one write.
 */
export function JourneyStart({ phase, step, onClose }: { phase: Phase; step: ProcessStep; onClose: () => void }) {
  const { t } = useTranslation();
  const { navigate, showError, language } = useApp();
  const techniques = techniquesFor(step, isExerciseType);
  const types = techniques.flatMap((x) =>
    'exerciseType' in x && isExerciseType(x.exerciseType) ? [x.exerciseType] : [],
  );
  const [chosen, setChosen] = useState<ExerciseTypeName[]>(types);
  const stepLabel = t(stepLabelKey(phase, step));
  const initial = {
    ...newSessionFields(),
    phase,
    step,
    kind: suggestedKind(phase, step),
    title: stepLabel,
    agenda: techniques
      .filter((x) => 'paper' in x)
      .map((x) => techniqueLabel(t, x))
      .join(', '),
  };
  return (
    <Modal title={t('journey.startTitle', { step: stepLabel })} onClose={onClose}>
      {types.length > 0 ? (
        <fieldset className="journey-start-types">
          <legend>{t('journey.startExercises')}</legend>
          <p className="muted small">{t('journey.startHint')}</p>
          {types.map((type) => {
            const icon = exerciseViewOf(type)?.icon;
            return (
              <label key={type} className="check">
                <input
                  type="checkbox"
                  checked={chosen.includes(type)}
                  onChange={(e) =>
                    setChosen((c) =>
                      e.target.checked ? types.filter((x) => x === type || c.includes(x)) : c.filter((x) => x !== type),
                    )
                  }
                />
                {icon ? <Icon name={icon} /> : null}
                {t(definitionOf(type).labels.name)}
              </label>
            );
          })}
        </fieldset>
      ) : null}
      <SessionForm
        initial={initial}
        onCancel={onClose}
        onSubmit={(fields) =>
          call('journey.startSession', { fields, exerciseTypes: chosen, language })
            .then((session) => {
              onClose();
              navigate({ name: 'session', sessionId: session.id });
            })
            .catch(showError)
        }
      />
    </Modal>
  );
}
