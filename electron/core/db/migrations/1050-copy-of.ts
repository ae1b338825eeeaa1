/**
 * Before and after: an exercise made by "Gandakan" (exercise.duplicate) names the exercise
 * it was copied from, so the copy is badged SESUDAH / AFTER wherever it shows and its
 * comparison starts with the original chosen. A plain column, not a foreign key: deleting
 * the original must leave the copy readable and still marked as the "after" one. An older
 * file's exercises get NULL (none of them is known to be a copy).
 */
export const sql = `
ALTER TABLE exercises ADD COLUMN copy_of TEXT;
`;
