import { navigate } from '../app/router';
import { useLanguage } from '../components/LanguageContext';
import { Panel } from '../components/Panel';
import type { PageQuery } from '../components/usePageQuery';
import type { NationalOverviewQuery } from '../gql/graphql';
import { classRange, COVERAGE_CLASSES, coverageClass } from '../lib/coverageScale';
import { COUNTY_TILES, TILE_COLUMNS, TILE_ROWS } from '../lib/countyTiles';
import { formatPercent } from '../lib/format';
import { countyRows } from './countyRows';

const TILE_WIDTH = 132;
const TILE_HEIGHT = 72;
const GAP = 4;

/**
 * Sweden's 21 counties as an SVG tile map, coloured by the share of school units reached. Every tile prints its
 * short name and share, an unknown share is hatched, and each tile is a link to the county's page.
 */
export function CountyTileMap({ query }: { query: PageQuery<NationalOverviewQuery> }) {
  const { t, language } = useLanguage();
  const rows = countyRows(query.data).filter((row) => COUNTY_TILES[row.code]);
  const known = rows.filter((row) => row.share !== null).sort((a, b) => (b.share ?? 0) - (a.share ?? 0));
  const percent = (value: number | null) => formatPercent(value, language);
  const summary =
    known.length > 0 ? t.overview.mapSummary(known[0].name, known[known.length - 1].name) : t.states.empty;
  return (
    <Panel title={t.overview.map} {...query} path="nation.counties.coverage" hasData={rows.length > 0}>
      <p className="summary">{summary}</p>
      <svg
        className="tile-map"
        viewBox={`0 0 ${TILE_COLUMNS * (TILE_WIDTH + GAP)} ${TILE_ROWS * (TILE_HEIGHT + GAP)}`}
        aria-labelledby="tile-map-title"
      >
        <title id="tile-map-title">{summary}</title>
        <defs>
          <pattern id="unknown-hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="8" height="8" fill="#ffffff" />
            <line x1="0" y1="0" x2="0" y2="8" stroke="#595959" strokeWidth="3" />
          </pattern>
        </defs>
        {rows.map((row) => {
          const tile = COUNTY_TILES[row.code];
          const index = coverageClass(row.share);
          const colours = index === null ? { fill: 'url(#unknown-hatch)', text: '#1a1a1a' } : COVERAGE_CLASSES[index];
          const href = `/lan?county=${row.code}`;
          const x = tile.column * (TILE_WIDTH + GAP);
          const y = tile.row * (TILE_HEIGHT + GAP);
          return (
            <a
              key={row.code}
              href={href}
              aria-label={`${row.name}: ${percent(row.share)}`}
              onClick={(event) => {
                event.preventDefault();
                navigate(href);
              }}
            >
              <rect x={x} y={y} width={TILE_WIDTH} height={TILE_HEIGHT} rx="6" fill={colours.fill} stroke="#1a1a1a" />
              <text x={x + TILE_WIDTH / 2} y={y + 30} fill={colours.text}>
                <tspan className="tile-name">{row.shortName}</tspan>
                <tspan x={x + TILE_WIDTH / 2} dy="24" className="tile-value">
                  {index === null ? '–' : percent(row.share)}
                </tspan>
              </text>
            </a>
          );
        })}
      </svg>
      <ul className="map-legend" aria-label={t.overview.mapLegend}>
        {COVERAGE_CLASSES.map((entry, index) => (
          <li key={entry.min}>
            <span className="swatch" style={{ background: entry.fill }} aria-hidden="true" />
            {classRange(index, (value) => formatPercent(value, language))}
          </li>
        ))}
        <li>
          <span className="swatch swatch-unknown" aria-hidden="true" />
          {t.overview.unknown}
        </li>
      </ul>
    </Panel>
  );
}
