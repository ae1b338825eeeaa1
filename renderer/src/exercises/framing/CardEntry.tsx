import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/Icon.js';
import { Button } from '../../components/ui.js';

/**
 * Cards typed fast during the brainstorm: Enter adds one and empties the field for the
 * next; the writing group stays filled in. Also the "largest first" button of the naming.
 */
export function CardEntry({
  onAdd,
  onOrderBySize,
  canOrder,
}: {
  onAdd: (text: string, group: string) => void;
  onOrderBySize: () => void;
  canOrder: boolean;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [group, setGroup] = useState('');
  const [emptyRefused, setEmptyRefused] = useState(false);

  const submit = (e: FormEvent): void => {
    e.preventDefault();
    setEmptyRefused(!text.trim());
    if (!text.trim()) return;
    onAdd(text, group);
    setText('');
  };

  return (
    <>
      <form className="inline-form card-entry" onSubmit={submit}>
        <input
          aria-label={t('framing.cardText')}
          placeholder={t('framing.cardText')}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <input
          aria-label={t('framing.cardGroup')}
          placeholder={t('framing.cardGroup')}
          className="group-input"
          value={group}
          onChange={(e) => setGroup(e.target.value)}
        />
        <Button variant="primary" type="submit">
          <Icon name="plus" /> {t('framing.addCard')}
        </Button>
        <Button onClick={onOrderBySize} disabled={!canOrder}>
          {t('framing.orderBySize')}
        </Button>
      </form>
      {emptyRefused ? (
        <p className="field-error" role="alert">
          {t('framing.emptyCard')}
        </p>
      ) : null}
    </>
  );
}
