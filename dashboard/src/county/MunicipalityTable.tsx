import { countColumn } from '../components/columns';
import { DataTable } from '../components/DataTable';
import { useLanguage } from '../components/LanguageContext';
import { Panel } from '../components/Panel';
import type { PageQuery } from '../components/usePageQuery';
import type { CountyDetailQuery } from '../gql/graphql';
import { formatPercent, share } from '../lib/format';

type MunicipalityRow = NonNullable<CountyDetailQuery['county']>['municipalities'][number];

/** The county's municipalities with their coverage; the office filter keeps those the office covers. */
export function MunicipalityTable({ query, office }: { query: PageQuery<CountyDetailQuery>; office: string | null }) {
  const { t, language } = useLanguage();
  const all = query.data?.county?.municipalities ?? [];
  const rows = office ? all.filter((row) => row.office?.id === office) : all;
  return (
    <Panel title={t.county.municipalities} {...query} path="county.municipalities" hasData={rows.length > 0}>
      <DataTable<MunicipalityRow>
        caption={t.county.municipalities}
        rows={rows}
        rowKey={(row) => row.code}
        columns={[
          { header: t.columns.municipality, value: (row) => row.name },
          { header: t.columns.office, value: (row) => row.office?.town },
          countColumn<MunicipalityRow>(t.columns.schools, (row) => row.coverage?.schools, language),
          countColumn<MunicipalityRow>(t.columns.schoolsReached, (row) => row.coverage?.schoolsReached, language),
          {
            header: t.columns.share,
            value: (row) => formatPercent(share(row.coverage?.schoolsReached, row.coverage?.schools), language),
            numeric: true,
          },
          countColumn<MunicipalityRow>(t.columns.highNeed, (row) => row.coverage?.highNeedSchools, language),
          countColumn<MunicipalityRow>(
            t.columns.highNeedReached,
            (row) => row.coverage?.highNeedSchoolsReached,
            language,
          ),
        ]}
      />
    </Panel>
  );
}
