// A tile map of Sweden's 21 counties: one square each, placed on a grid so that neighbours stay roughly
// neighbours (north at the top). Tile maps give every county the same weight, so Gotland is as visible as
// Norrbotten, and a square has room for a readable label.

export const COUNTY_TILES: Record<string, { column: number; row: number }> = {
  '25': { column: 2, row: 0 },
  '24': { column: 1, row: 1 },
  '23': { column: 0, row: 2 },
  '22': { column: 1, row: 2 },
  '20': { column: 0, row: 3 },
  '21': { column: 1, row: 3 },
  '17': { column: 0, row: 4 },
  '19': { column: 1, row: 4 },
  '03': { column: 2, row: 4 },
  '14': { column: 0, row: 5 },
  '18': { column: 1, row: 5 },
  '04': { column: 2, row: 5 },
  '01': { column: 3, row: 5 },
  '06': { column: 1, row: 6 },
  '05': { column: 2, row: 6 },
  '09': { column: 3, row: 6 },
  '13': { column: 0, row: 7 },
  '07': { column: 1, row: 7 },
  '08': { column: 2, row: 7 },
  '12': { column: 1, row: 8 },
  '10': { column: 2, row: 8 },
};

export const TILE_COLUMNS = 4;
export const TILE_ROWS = 9;
