import { useTranslation } from 'react-i18next';
import type { NodeTextField } from '#shared/exercises/framing/actions.js';
import type { TreeNode } from '#shared/exercises/framing/tree.js';
import { Icon } from '../../components/Icon.js';
import { Button, Field } from '../../components/ui.js';
import { BlurText } from './BlurText.js';

const textFields: readonly NodeTextField[] = ['problem', 'objective'];

/**
 * The selected box, in the side panel beside the tree: its problem and its objective, each
 * wrapped whole in a growing field (Enter finishes), fold, remove.
 */
export function NodeEditor({
  node,
  onText,
  onToggleFold,
  onRemove,
}: {
  node: TreeNode;
  onText: (field: NodeTextField, text: string) => void;
  onToggleFold: () => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const isFocal = node.parentId === null;
  return (
    <div className="node-editor">
      {isFocal ? <strong>{t('framing.focal')}</strong> : null}
      {textFields.map((field) => (
        <Field key={field} label={t(field === 'problem' ? 'framing.problemText' : 'framing.objectiveText')}>
          {(id) => (
            <BlurText id={id} rows={2} enterCommits value={node[field]} onCommit={(text) => onText(field, text)} />
          )}
        </Field>
      ))}
      <div className="node-editor-actions">
        <Button onClick={onToggleFold}>{t('framing.fold')}</Button>
        {isFocal ? null : (
          <Button variant="danger" onClick={onRemove} aria-label={t('framing.removeBranch')}>
            <Icon name="trash" />
          </Button>
        )}
      </div>
    </div>
  );
}
