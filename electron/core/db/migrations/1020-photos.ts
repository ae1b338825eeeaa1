/** Photos of paper sketch maps, stored inside the community file so it stays self-contained. */
export const sql = `
CREATE TABLE photos (
  id TEXT PRIMARY KEY,
  mime TEXT NOT NULL,
  width INTEGER NOT NULL,
  height INTEGER NOT NULL,
  bytes BLOB NOT NULL,
  created_at TEXT NOT NULL
);
`;
