import type { RegionIndex } from './queries';

export interface RegionChoice {
  code: string;
  name: string;
}

export interface RegionChoices {
  /** the nation first, when the reader may open it */
  national: boolean;
  provinces: RegionChoice[];
  /** the regencies of the shown scope's province */
  regencies: RegionChoice[];
}

/** The regions a page's region filter offers, by name (not a code box): the nation and every
 *  province for a reader who may open them, else their own province; and the regencies of the
 *  scope's province. `may` is the page's own read permission, so a choice never leads to a
 *  refusal. Pure: the report, the alerts and the month close share it. */
export function regionChoices(
  idx: Pick<RegionIndex, 'provinces' | 'regenciesOf'>,
  scope: string,
  may: (code: string) => boolean,
  opts: { national?: boolean } = {},
): RegionChoices {
  const province = scope === 'national' ? null : scope.slice(0, 2);
  const provinces = idx.provinces.filter((p) => may(p.code));
  const regencies = province ? (idx.regenciesOf.get(province) ?? []).filter((g) => may(g.code)) : [];
  const pick = ({ code, name }: RegionChoice) => ({ code, name });
  return {
    national: Boolean(opts.national) && may('national'),
    provinces: provinces.map(pick),
    regencies: regencies.map(pick),
  };
}
