import { dictionary } from './dict';

/** A half-month period's label in `locale`: `2026-11-H1` → "1–15 November 2026", and the second
 *  half "16–`end` …". */
function halfMonthLabel(locale: string, end: string) {
  return (period: string) => {
    const [y, m, half] = period.split('-');
    const month = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(
      new Date(`${y}-${m}-01T00:00:00Z`),
    );
    return `${half === 'H1' ? '1–15' : `16–${end}`} ${month} ${y}`;
  };
}

/** Words of the scorecard (/skor), the tile map and the public page (/publik), SPEC §15. */
const id = {
  title: 'Skor kinerja',
  intro:
    'Levelisasi per setengah bulan: skor = 0,4 × IKD + 0,3 × stok + 0,3 × ketepatan waktu. Peringkat dari skor tertinggi; skor sama diurutkan menurut kode wilayah.',
  period: 'Periode',
  scope: 'Cakupan',
  national: 'Nasional (provinsi)',
  show: 'Tampilkan',
  print: 'Cetak',
  periodLabel: halfMonthLabel('id-ID', 'akhir'),
  col: {
    rank: 'Peringkat',
    change: 'Perubahan',
    region: 'Wilayah',
    ikdScore: 'Skor IKD',
    stockScore: 'Skor stok',
    timelinessScore: 'Skor ketepatan waktu',
    score: 'Skor',
  },
  up: (n: number) => `naik ${n}`,
  down: (n: number) => `turun ${n}`,
  same: 'tetap',
  newRow: 'baru',
  empty: 'Tidak ada baris yang dapat Anda lihat.',
  legendIkd: 'Skor IKD: persentase aktivasi terhadap target di akhir periode (maks. 100).',
  legendStock: 'Skor stok: bagian hari periode yang berakhir dengan stok ≥ minimum.',
  legendTimely: 'Skor ketepatan waktu: bagian hari periode dengan data IKD atau mutasi stok.',
  // tile map
  mapTitle: 'Peta provinsi',
  measure: 'Ukuran',
  measures: {
    belowMinimum: 'Kab/kota di bawah minimum (%)',
    ikdOfTarget: 'IKD terhadap target (%)',
    overdue: 'Kab/kota terlambat lapor',
  },
  legend: 'Keterangan',
  tileValue: {
    belowMinimum: (v: string) => `${v}% kab/kota di bawah minimum`,
    ikdOfTarget: (v: string) => `IKD ${v}% dari target`,
    overdue: (v: string) => `${v} kab/kota terlambat lapor`,
  },
  // public page
  publicTitle: 'Informasi layanan Dukcapil',
  publicIntro:
    'Stok blangko KTP-el, capaian IKD dan antrean kantor Dukcapil, untuk warga dan media. Tanpa data pribadi.',
  chooseProvince: 'Pilih provinsi',
  chooseRegency: 'Pilih kabupaten/kota',
  province: 'Provinsi',
  regency: 'Kabupaten/kota',
  stockStatus: 'Status blangko',
  daysOfCover: 'Cukup untuk (hari)',
  ikdPercent: 'IKD (%)',
  ikdTarget: 'Target (%)',
  lastUpdated: 'Pembaruan terakhir',
  dataAsOf: (d: string) => `Data per ${d}`,
  offices: 'Antrean kantor hari ini',
  waitingNow: 'Menunggu sekarang',
  service: 'Layanan',
  estimatedWait: 'Perkiraan tunggu',
  minutes: (n: number) => `± ${n} menit`,
  noCounter: 'Tidak ada loket buka',
  noOffices: 'Belum ada kantor layanan yang terdaftar di kabupaten/kota ini.',
  allProvinces: 'Semua provinsi',
  signIn: 'Masuk petugas',
  services: { IKD: 'Aktivasi IKD', KTP_EL: 'KTP-el', KK: 'Kartu Keluarga', AKTA: 'Akta' } as Record<string, string>,
  waitNote: 'Perkiraan tunggu = orang menunggu × rata-rata waktu layanan hari ini ÷ loket buka.',
  notFound: 'Wilayah tidak ditemukan.',
};

export type ScorecardDict = typeof id;

const en: ScorecardDict = {
  title: 'Scorecard',
  intro:
    'Half-monthly ranking: score = 0.4 × IKD + 0.3 × stock + 0.3 × timeliness. Ranked from the highest score; equal scores by region code.',
  period: 'Period',
  scope: 'Scope',
  national: 'National (provinces)',
  show: 'Show',
  print: 'Print',
  periodLabel: halfMonthLabel('en-GB', 'end'),
  col: {
    rank: 'Rank',
    change: 'Change',
    region: 'Region',
    ikdScore: 'IKD score',
    stockScore: 'Stock score',
    timelinessScore: 'Timeliness score',
    score: 'Score',
  },
  up: (n: number) => `up ${n}`,
  down: (n: number) => `down ${n}`,
  same: 'same',
  newRow: 'new',
  empty: 'No rows you may read.',
  legendIkd: 'IKD score: activations against the target at the end of the period (at most 100).',
  legendStock: 'Stock score: share of the period’s days that ended with stock ≥ minimum.',
  legendTimely: 'Timeliness score: share of the period’s days with IKD figures or a stock movement.',
  mapTitle: 'Province map',
  measure: 'Measure',
  measures: {
    belowMinimum: 'Regencies below minimum (%)',
    ikdOfTarget: 'IKD against target (%)',
    overdue: 'Regencies overdue',
  },
  legend: 'Legend',
  tileValue: {
    belowMinimum: (v: string) => `${v}% of regencies below minimum`,
    ikdOfTarget: (v: string) => `IKD ${v}% of target`,
    overdue: (v: string) => `${v} regencies overdue`,
  },
  publicTitle: 'Dukcapil service information',
  publicIntro: 'e-KTP blank stock, IKD progress and office queues, for residents and the press. No personal data.',
  chooseProvince: 'Choose a province',
  chooseRegency: 'Choose a regency',
  province: 'Province',
  regency: 'Regency/city',
  stockStatus: 'Blank status',
  daysOfCover: 'Days of cover',
  ikdPercent: 'IKD (%)',
  ikdTarget: 'Target (%)',
  lastUpdated: 'Last update',
  dataAsOf: (d: string) => `Data as of ${d}`,
  offices: 'Office queues today',
  waitingNow: 'Waiting now',
  service: 'Service',
  estimatedWait: 'Estimated wait',
  minutes: (n: number) => `≈ ${n} min`,
  noCounter: 'No counter open',
  noOffices: 'No service office is registered in this regency yet.',
  allProvinces: 'All provinces',
  signIn: 'Staff sign-in',
  services: { IKD: 'IKD activation', KTP_EL: 'e-KTP', KK: 'Family card', AKTA: 'Certificates' },
  waitNote: 'Estimated wait = people waiting × today’s average service time ÷ open counters.',
  notFound: 'Region not found.',
};

export const scorecardDict = dictionary<ScorecardDict>({ id, en });
