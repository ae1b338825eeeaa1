import type {
  ActionPlanDocument,
  Activity,
  PlanCite,
  PlanField,
  PlanPerson,
  PlanResource,
  TeamRole,
} from '#shared/exercises/actionPlan/schema.js';
import { actionPlanSchemaVersion } from '#shared/exercises/actionPlan/schema.js';
import type { ResourceMapDocument } from '#shared/exercises/resources/schema.js';
import { clusters, framedStatement, waterTree } from './sampleDocuments.js';

/** What the plan points at elsewhere in the sample: the ids its builder got back. */
export interface PlanLinks {
  boardId: string;
  treeId: string;
  statementId: string;
  mapId: string;
  map: ResourceMapDocument;
  /** The participants of the planning session, by name. */
  people: ReadonlyMap<string, string>;
}

/** The people who volunteered at the planning session, all on its attendance list. */
export const planVolunteers = [
  'Dedi Supriadi',
  'Nurul Fadilah',
  'Siti Aminah',
  'Asep Saepudin',
  'Oman Abdurahman',
  'Wati Rahmawati',
  'Rizky Pratama',
  'Iis Rosita',
  'Mamat Rahmat',
  'Aep Saefullah',
] as const;
type Volunteer = (typeof planVolunteers)[number];

interface Row {
  what: string;
  why: PlanCite;
  field: PlanField;
  responsible: Volunteer[];
  partners: string[];
  months: [string, string];
  place: string;
  resources: { name: string; from: { local: string } | { outside: string } }[];
  swadaya: number;
  outsideHelp: number;
  doneWhen: string;
}

/**
 * The action plan made from the framed solution: six activities over a year, before the
 * dry season of 2027, each serving a named cluster, an objective or the statement itself;
 * local resources are those of the potential map, partners those of the Venn diagrams.
 * About a quarter of the cost is the village's own (labour and materials valued).
 */
export function waterPlan(links: PlanLinks): ActionPlanDocument {
  const statement = framedStatement(links.boardId, links.treeId);
  const tree = waterTree();
  const cluster = (id: (typeof clusters)[number]['id']): PlanCite => ({
    exerciseId: links.boardId,
    itemId: id,
    sourceType: 'consensus',
    label: clusters.find((c) => c.id === id)!.title,
  });
  const objective = (id: string): PlanCite => ({
    exerciseId: links.treeId,
    itemId: id,
    sourceType: 'tree',
    label: tree.nodes.find((n) => n.id === id)!.objective,
  });
  const solution: PlanCite = {
    exerciseId: links.statementId,
    itemId: 'statement',
    sourceType: 'statement',
    label: statement.text,
  };
  const person = (name: Volunteer): PlanPerson => {
    const participantId = links.people.get(name);
    if (!participantId) throw new Error(`${name} is not on the planning session's list`);
    return { participantId, name };
  };
  const resource = (id: string, r: Row['resources'][number]): PlanResource => {
    if ('outside' in r.from) return { id, name: r.name, source: { kind: 'outside', institution: r.from.outside } };
    const local = r.from.local;
    const onMap = links.map.resources.find((m) => m.name === local);
    if (!onMap) throw new Error(`${local} is not on the sample's map`);
    return {
      id,
      name: r.name,
      source: { kind: 'local', exerciseId: links.mapId, resourceId: onMap.id, name: onMap.name },
    };
  };

  const rows: Row[] = [
    {
      what: 'Membentuk kelompok pengelola air dan aturan iurannya',
      why: cluster('pengelola'),
      field: 'empowerment',
      responsible: ['Dedi Supriadi', 'Nurul Fadilah'],
      partners: ['Pemerintah Desa', 'Fasilitator Pamsimas Kabupaten'],
      months: ['2026-06', '2026-07'],
      place: 'Balai Desa Sukamaju',
      resources: [{ name: 'Tempat musyawarah', from: { local: 'Balai Desa' } }],
      swadaya: 500_000,
      outsideHelp: 0,
      doneWhen: 'Pengurus terpilih, dua di antaranya perempuan; aturan iuran Rp5.000 per bulan ditandatangani',
    },
    {
      what: 'Membangun bak penangkap air di mata air Cibeureum',
      why: objective('c1'),
      field: 'development',
      responsible: ['Mamat Rahmat', 'Aep Saefullah'],
      partners: ['Pemerintah Desa'],
      months: ['2026-07', '2026-08'],
      place: 'Mata air Cibeureum',
      resources: [
        { name: 'Air mata air', from: { local: 'Mata air Cibeureum' } },
        { name: 'Tukang 2 orang x 12 hari', from: { local: 'Tukang batu dan pipa' } },
        { name: 'Semen 40 sak, pasir dan batu', from: { outside: 'Pemerintah Desa' } },
      ],
      swadaya: 4_800_000,
      outsideHelp: 6_500_000,
      doneWhen: 'Bak penuh dan air keluar dari pipa pembuangan',
    },
    {
      what: 'Memasang pipa 1,2 km ke RW 01, 02 dan 03',
      why: cluster('pipa'),
      field: 'development',
      responsible: ['Asep Saepudin', 'Oman Abdurahman'],
      partners: ['Fasilitator Pamsimas Kabupaten', 'Pemerintah Desa'],
      months: ['2026-08', '2026-10'],
      place: 'Jalur pipa dari mata air ke RW 03',
      resources: [
        { name: 'Pipa PVC 2 inci, 200 batang', from: { outside: 'Fasilitator Pamsimas Kabupaten' } },
        { name: 'Kerja bakti 20 orang tiap Minggu', from: { local: 'Pemuda Karang Taruna' } },
        { name: 'Tukang pipa', from: { local: 'Tukang batu dan pipa' } },
      ],
      swadaya: 9_000_000,
      outsideHelp: 28_000_000,
      doneWhen: 'Air sampai di ujung pipa RW 03 pada jam pemakaian pagi',
    },
    {
      what: 'Membangun tiga tandon dan keran umum',
      why: solution,
      field: 'development',
      responsible: ['Dedi Supriadi', 'Wati Rahmawati'],
      partners: ['Pemerintah Desa', 'BUMDes Sukamaju Sejahtera'],
      months: ['2026-10', '2027-01'],
      place: 'RW 01, RW 02 dan RW 03',
      resources: [
        { name: 'Tandon 2.200 liter, 3 buah', from: { outside: 'Pemerintah Desa' } },
        { name: 'Keran dan sambungan', from: { local: 'Jimpitan beras RT' } },
        { name: 'Tukang 2 orang x 10 hari', from: { local: 'Tukang batu dan pipa' } },
      ],
      swadaya: 6_000_000,
      outsideHelp: 15_000_000,
      doneWhen: 'Tiga tandon terisi dan keran umum di tiap RW mengalir',
    },
    {
      what: 'Menanam 500 pohon di sekitar mata air',
      why: objective('c3'),
      field: 'empowerment',
      responsible: ['Rizky Pratama', 'Iis Rosita'],
      partners: ['LSM Bina Desa', 'Karang Taruna'],
      months: ['2026-11', '2027-01'],
      place: 'Bukit Cibeureum',
      resources: [
        { name: 'Bibit pohon 500 batang', from: { outside: 'LSM Bina Desa' } },
        { name: 'Pemuda penanam', from: { local: 'Pemuda Karang Taruna' } },
      ],
      swadaya: 1_500_000,
      outsideHelp: 5_000_000,
      doneWhen: '500 bibit tertanam; pada bulan April 8 dari 10 masih hidup',
    },
    {
      what: 'Pelatihan merawat pipa dan mencatat iuran',
      why: objective('c1a'),
      field: 'empowerment',
      responsible: ['Nurul Fadilah', 'Siti Aminah'],
      partners: ['Fasilitator Pamsimas Kabupaten'],
      months: ['2027-02', '2027-03'],
      place: 'Balai Desa Sukamaju',
      resources: [
        { name: 'Pelatih perawatan pipa', from: { outside: 'Fasilitator Pamsimas Kabupaten' } },
        { name: 'Tempat pelatihan', from: { local: 'Balai Desa' } },
      ],
      swadaya: 750_000,
      outsideHelp: 2_500_000,
      doneWhen: 'Pengurus memperbaiki sambungan bocor sendiri; buku iuran diperiksa tiap bulan',
    },
  ];

  const activities: Activity[] = rows.map((row, i) => ({
    id: `a${i + 1}`,
    what: row.what,
    why: row.why,
    field: row.field,
    responsible: row.responsible.map(person),
    partners: row.partners.map((name) => ({ name })),
    startMonth: row.months[0],
    endMonth: row.months[1],
    place: row.place,
    resources: row.resources.map((r, k) => resource(`a${i + 1}r${k + 1}`, r)),
    swadaya: row.swadaya,
    outsideHelp: row.outsideHelp,
    doneWhen: row.doneWhen,
  }));
  const team: [Volunteer, TeamRole][] = [
    ['Dedi Supriadi', 'ketua'],
    ['Nurul Fadilah', 'sekretaris'],
    ['Siti Aminah', 'bendahara'],
    ['Asep Saepudin', 'anggota'],
    ['Wati Rahmawati', 'anggota'],
    ['Rizky Pratama', 'anggota'],
    ['Mamat Rahmat', 'anggota'],
  ];
  return {
    schemaVersion: actionPlanSchemaVersion,
    goal: statement.text,
    startMonth: '2026-06',
    endMonth: '2027-06',
    activities,
    team: team.map(([name, role], i) => ({ id: `t${i + 1}`, person: person(name), role })),
  };
}
