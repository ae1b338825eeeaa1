import { useTranslation } from 'react-i18next';
import type { ResolveField } from '#shared/exercises/framing/actions.js';
import type { ConsensusDocument } from '#shared/exercises/framing/schema.js';
import { Field } from '../../components/ui.js';
import { BlurText } from './BlurText.js';

const resolveFields: readonly ResolveField[] = ['meaning', 'nextSteps'];

/** The last ToP step: what the named columns mean together, and what happens next. */
export function ResolveStep({
  resolve,
  onChange,
}: {
  resolve: ConsensusDocument['resolve'];
  onChange: (field: ResolveField, text: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="ranking-setup">
      {resolveFields.map((field) => (
        <section key={field} className="card">
          <Field label={t(`framing.${field}`)}>
            {(id) => <BlurText id={id} rows={6} value={resolve[field]} onCommit={(text) => onChange(field, text)} />}
          </Field>
        </section>
      ))}
    </div>
  );
}
