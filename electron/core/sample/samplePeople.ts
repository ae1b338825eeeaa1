import type { AgeGroup, Gender, ParticipantFields } from '#shared/model/session.js';

/**
 * The people of Desa Sukamaju who come to the sample's sessions. Each keeps one gender,
 * age group and group across every list, so the same person reads the same everywhere
 * (the journey's participation by women, men and youth adds up). Sundanese names, as in
 * a village of Tasikmalaya; the group is what the person is known by at the meetings.
 */
interface Villager {
  name: string;
  gender: Gender;
  ageGroup: AgeGroup;
  group: string;
}

function woman(name: string, ageGroup: AgeGroup, group: string): Villager {
  return { name, gender: 'female', ageGroup, group };
}
function man(name: string, ageGroup: AgeGroup, group: string): Villager {
  return { name, gender: 'male', ageGroup, group };
}

/** Women and men alternate, so any run of the list is about half and half. */
export const villagers: readonly Villager[] = [
  woman('Siti Aminah', 'adult', 'PKK'),
  man('Dedi Supriadi', 'adult', 'Kelompok Tani'),
  woman('Euis Kurniasih', 'adult', 'Posyandu'),
  man('Asep Saepudin', 'adult', 'Ketua RT 03'),
  woman('Neneng Hasanah', 'adult', 'KWT Melati'),
  man('Ujang Rohman', 'elder', 'Kelompok Tani'),
  woman('Iis Rosita', 'youth', 'Karang Taruna'),
  man('Cecep Hidayat', 'adult', 'BPD'),
  woman('Yayah Rokayah', 'elder', 'Majelis taklim'),
  man('Endang Suherman', 'elder', 'Tokoh masyarakat'),
  woman('Lilis Suryani', 'adult', 'PKK'),
  man('Agus Salim', 'adult', 'DKM Al-Ikhlas'),
  woman('Nining Ningsih', 'adult', 'Posyandu'),
  man('Dadang Kusnadi', 'adult', 'Kelompok Tani'),
  woman('Tati Sumiati', 'elder', 'KWT Melati'),
  man('Ikin Sodikin', 'elder', 'RW 01'),
  woman('Wati Rahmawati', 'adult', 'RW 03'),
  man('Rizky Pratama', 'youth', 'Karang Taruna'),
  woman('Nurul Fadilah', 'youth', 'Karang Taruna'),
  man('Mamat Rahmat', 'adult', 'Tukang'),
  woman('Enok Sukaesih', 'elder', 'RW 01'),
  man('Jajang Nurjaman', 'youth', 'Karang Taruna'),
  woman('Dewi Lestari', 'youth', 'Karang Taruna'),
  man('Oman Abdurahman', 'elder', 'Ketua RW 02'),
  woman('Imas Masitoh', 'adult', 'KWT Melati'),
  man('Dodi Permana', 'adult', 'Pemerintah Desa'),
  woman('Ai Nurhayati', 'adult', 'RW 02'),
  man('Aep Saefullah', 'adult', 'Tukang'),
  woman('Popon Rohaeni', 'elder', 'RW 05'),
  man('Yusuf Maulana', 'youth', 'Karang Taruna'),
  woman('Cucu Cahyati', 'adult', 'PKK'),
  man('Ade Sutisna', 'adult', 'Kelompok Tani'),
  woman('Rina Agustina', 'youth', 'RW 03'),
  man('Engkos Kosasih', 'elder', 'RW 05'),
  woman('Entin Kartini', 'elder', 'Majelis taklim'),
  man('Usep Kurnia', 'youth', 'RW 04'),
  woman('Yuyun Yuningsih', 'adult', 'Pemerintah Desa'),
  man('Mulyana', 'elder', 'Kepala Desa'),
];

export function villager(name: string): Villager {
  const found = villagers.find((v) => v.name === name);
  if (!found) throw new Error(`${name} is not a villager of the sample`);
  return found;
}

/**
 * An attendance list: `named` villagers from `from` on in the list (wrapping round), the
 * ones named in `also` if the run missed them, and `unnamed` people who signed without
 * writing a name (the list still counts them, as on paper).
 */
export function attendance(
  named: number,
  from: number,
  options: { also?: readonly string[]; unnamed?: readonly Gender[] } = {},
): ParticipantFields[] {
  const run = Array.from({ length: named }, (_, i) => villagers[(from + i) % villagers.length]!);
  const extra = (options.also ?? []).map(villager).filter((v) => !run.includes(v));
  const people: ParticipantFields[] = [...run, ...extra].map((v) => ({ ...v }));
  for (const gender of options.unnamed ?? []) people.push({ name: '', gender, ageGroup: 'adult', group: '' });
  return people;
}
