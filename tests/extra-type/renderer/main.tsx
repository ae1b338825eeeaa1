// The app with one more exercise type, registered before the app starts: its definition
// in the shared registry (strings included), its view in the renderer's.
import { registerExerciseType } from '#shared/exercises/registry.js';
import { registerExerciseView } from '#renderer/exercises/registry.js';
import { checklistDefinition } from '../shared/definition.js';
import { ChecklistView } from './ChecklistView.js';

registerExerciseType(checklistDefinition);
registerExerciseView('checklist', { view: ChecklistView, icon: 'edit' });

await import('#renderer/main.js');
