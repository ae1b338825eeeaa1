/**
 * The programme journey: the status a facilitator set for a step of the path (not started,
 * under way, done). A step without a row follows the status suggested from its sessions
 * (shared/model/journey.ts), so an older file opens with every step suggested.
 */
export const sql = `
CREATE TABLE step_status (
  phase TEXT NOT NULL,
  step TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('not_started', 'under_way', 'done')),
  updated_at TEXT NOT NULL,
  PRIMARY KEY (phase, step)
) WITHOUT ROWID;
`;
