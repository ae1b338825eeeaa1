import { ageGroups, genders, type AgeGroup, type Gender, type Participant } from './session.js';

export interface AttendanceCounts {
  total: number;
  byGender: Record<Gender, number>;
  byAgeGroup: Record<AgeGroup, number>;
  /** Gender x age group, the table villages file with a berita acara. */
  cross: Record<Gender, Record<AgeGroup, number>>;
}

function zeroes<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

export function countAttendance(participants: readonly Pick<Participant, 'gender' | 'ageGroup'>[]): AttendanceCounts {
  const byGender = zeroes(genders);
  const byAgeGroup = zeroes(ageGroups);
  const cross = Object.fromEntries(genders.map((g) => [g, zeroes(ageGroups)])) as AttendanceCounts['cross'];
  for (const p of participants) {
    byGender[p.gender] += 1;
    byAgeGroup[p.ageGroup] += 1;
    cross[p.gender][p.ageGroup] += 1;
  }
  return { total: participants.length, byGender, byAgeGroup, cross };
}
