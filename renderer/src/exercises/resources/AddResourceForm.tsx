import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { capitalColour, capitals, type Capital } from '#shared/exercises/resources/capitals.js';
import { sameNameKey } from '#shared/model/text.js';
import { call } from '../../api.js';
import { useApp } from '../../AppContext.js';
import { Icon } from '../../components/Icon.js';
import { Button, NameField, Segmented } from '../../components/ui.js';

/** The capitals as choices, each with its colour. */
export function useCapitalOptions(): { value: Capital; label: string; swatch: string }[] {
  const { t } = useTranslation();
  return capitals.map((c) => ({ value: c, label: t(`resources.capitals.${c}`), swatch: capitalColour[c] }));
}

/**
 * How many names the community used before are offered at once: those holding what is
 * typed, so a community of a thousand resources does not put a thousand options in the
 * page (a tenth of a second while its map opens) for a list nobody scrolls.
 */
export const maxSuggestions = 30;

/** Name and capital of a new resource; names the community used before are offered. */
export function AddResourceForm({ onAdd }: { onAdd: (name: string, capital: Capital) => void }) {
  const { t } = useTranslation();
  const { showError } = useApp();
  const capitalOptions = useCapitalOptions();
  const [name, setName] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [capital, setCapital] = useState<Capital>('natural');
  const [known, setKnown] = useState<{ name: string; capital: string }[]>([]);
  useEffect(() => {
    call('resource.list', {}).then(setKnown).catch(showError);
  }, [showError]);

  const keyed = useMemo(() => known.map((k) => ({ key: sameNameKey(k.name), name: k.name })), [known]);
  const suggestions = useMemo(() => {
    const typed = sameNameKey(name);
    return keyed.filter((k) => k.key.includes(typed)).slice(0, maxSuggestions);
  }, [keyed, name]);

  const submit = (e: FormEvent): void => {
    e.preventDefault();
    if (!name.trim()) return setInvalid(true);
    onAdd(name, capital);
    setName('');
  };

  return (
    <form className="toolbar add-resource" onSubmit={submit}>
      <NameField
        label={t('resources.newName')}
        value={name}
        invalid={invalid}
        list="known-resources"
        onValueChange={(v) => {
          setInvalid(false);
          setName(v);
          // A resource the community named before keeps its capital.
          const match = known.find((k) => sameNameKey(k.name) === sameNameKey(v));
          if (match && (capitals as readonly string[]).includes(match.capital)) setCapital(match.capital as Capital);
        }}
      />
      <datalist id="known-resources">
        {suggestions.map((k) => (
          <option key={k.name} value={k.name} />
        ))}
      </datalist>
      <Segmented label={t('resources.capital')} value={capital} options={capitalOptions} onChange={setCapital} />
      <Button variant="primary" type="submit">
        <Icon name="plus" /> {t('resources.add')}
      </Button>
    </form>
  );
}
