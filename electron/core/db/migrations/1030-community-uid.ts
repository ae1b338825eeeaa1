/**
 * A stable random id for the community, so its backups can be found again whatever the
 * file is called or wherever it is moved (backups/<uid>/ in the user's data folder). Made
 * for a new file and on the first writable open of an older one; a copy of the file
 * ("save a copy as", a restored backup) keeps it: it is the same community.
 */
export const sql = `
CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO meta (key, value) VALUES ('community_uid', lower(hex(randomblob(16))));
`;
