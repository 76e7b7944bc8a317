/** The tile map's layout (SPEC §15): one equal tile per province, placed roughly where it lies —
 *  Sumatra from Aceh at the top left down to Lampung, Java and Nusa Tenggara along the bottom,
 *  Kalimantan and Sulawesi in the middle, Maluku and Papua's six provinces on the right. Hand
 *  placed, our own data: no map tiles or boundary files. `row` and `col` count from 0; `short`
 *  is the tile's label where a name does not fit. */
export interface TilePlace {
  row: number;
  col: number;
  short: string;
}

export const TILE_ROWS = 8;
export const TILE_COLS = 13;

export const PROVINCE_TILES: Record<string, TilePlace> = {
  '11': { row: 0, col: 0, short: 'ACE' },
  '12': { row: 1, col: 0, short: 'SMU' },
  '13': { row: 2, col: 0, short: 'SMB' },
  '14': { row: 2, col: 1, short: 'RIA' },
  '21': { row: 1, col: 2, short: 'KRI' },
  '17': { row: 3, col: 0, short: 'BEN' },
  '15': { row: 3, col: 1, short: 'JAM' },
  '16': { row: 4, col: 1, short: 'SMS' },
  '19': { row: 4, col: 2, short: 'BBL' },
  '18': { row: 5, col: 1, short: 'LAM' },
  '31': { row: 5, col: 3, short: 'JKT' },
  '36': { row: 6, col: 2, short: 'BTN' },
  '32': { row: 6, col: 3, short: 'JBR' },
  '33': { row: 6, col: 4, short: 'JTG' },
  '34': { row: 7, col: 4, short: 'DIY' },
  '35': { row: 6, col: 5, short: 'JTM' },
  '51': { row: 7, col: 6, short: 'BAL' },
  '52': { row: 7, col: 7, short: 'NTB' },
  '53': { row: 7, col: 8, short: 'NTT' },
  '65': { row: 1, col: 5, short: 'KTR' },
  '61': { row: 2, col: 3, short: 'KBR' },
  '62': { row: 2, col: 4, short: 'KTG' },
  '64': { row: 2, col: 5, short: 'KTM' },
  '63': { row: 3, col: 5, short: 'KSL' },
  '75': { row: 1, col: 7, short: 'GOR' },
  '71': { row: 1, col: 8, short: 'SLU' },
  '72': { row: 2, col: 7, short: 'SLT' },
  '76': { row: 3, col: 6, short: 'SLB' },
  '73': { row: 4, col: 6, short: 'SLS' },
  '74': { row: 4, col: 7, short: 'SLG' },
  '82': { row: 1, col: 9, short: 'MUT' },
  '81': { row: 3, col: 9, short: 'MAL' },
  '96': { row: 2, col: 10, short: 'PBD' },
  '92': { row: 2, col: 11, short: 'PBR' },
  '91': { row: 2, col: 12, short: 'PAP' },
  '94': { row: 3, col: 11, short: 'PTG' },
  '95': { row: 3, col: 12, short: 'PPG' },
  '93': { row: 4, col: 12, short: 'PSL' },
};
