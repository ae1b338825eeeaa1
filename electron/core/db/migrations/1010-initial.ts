/** The first schema: one community, its sessions, attendance, stakeholders and exercises. */
export const sql = `
CREATE TABLE community (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  name TEXT NOT NULL,
  desa TEXT NOT NULL DEFAULT '',
  kecamatan TEXT NOT NULL DEFAULT '',
  kabupaten TEXT NOT NULL DEFAULT '',
  province TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE TABLE sessions (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  date TEXT NOT NULL,
  place TEXT NOT NULL DEFAULT '',
  facilitators TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL,
  phase TEXT NOT NULL,
  step TEXT NOT NULL,
  agenda TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  agreements TEXT NOT NULL DEFAULT '[]',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE TABLE participants (
  id TEXT PRIMARY KEY,
  session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  name TEXT NOT NULL DEFAULT '',
  gender TEXT NOT NULL,
  age_group TEXT NOT NULL,
  grp TEXT NOT NULL DEFAULT ''
);
CREATE INDEX participants_by_session ON participants(session_id, position);
CREATE TABLE stakeholders (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE,
  kind TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE exercises (
  id TEXT PRIMARY KEY,
  session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  type TEXT NOT NULL,
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  version INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX exercises_by_session ON exercises(session_id, position);
`;
