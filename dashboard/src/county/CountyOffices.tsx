import { DataTable } from '../components/DataTable';
import { useLanguage } from '../components/LanguageContext';
import { Panel } from '../components/Panel';
import type { PageQuery } from '../components/usePageQuery';
import type { CountyDetailQuery } from '../gql/graphql';

/** The offices active in the county, and whether the office map's link is published or assumed. */
export function CountyOffices({ query }: { query: PageQuery<CountyDetailQuery> }) {
  const { t } = useLanguage();
  const offices = query.data?.county?.offices ?? [];
  return (
    <Panel title={t.county.offices} {...query} path="county.offices" hasData={offices.length > 0}>
      <DataTable
        caption={t.county.offices}
        rows={offices}
        rowKey={(office) => office.id}
        columns={[
          { header: t.columns.office, value: (office) => office.town },
          { header: t.columns.mapBasis, value: (office) => t.mapBasis[office.mapBasis] ?? office.mapBasis },
        ]}
      />
    </Panel>
  );
}
