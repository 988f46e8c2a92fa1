import { WorkListTable } from '../county/WorkList';
import { useLanguage } from '../components/LanguageContext';
import { Panel } from '../components/Panel';
import { usePageQuery } from '../components/usePageQuery';
import { OfficeWorkListDocument, type OfficeWorkListQueryVariables } from '../gql/graphql';

/**
 * An office's own work list, for its staff (issue #15): the high-need schools of the office's area not reached in
 * the period, each offering "plan outreach". Office staff read their office's area, not whole counties, so their
 * list is here rather than on the county page, whose figures they would see only their part of.
 */
export function OfficeWorkList({ variables }: { variables: OfficeWorkListQueryVariables }) {
  const { t } = useLanguage();
  const query = usePageQuery(OfficeWorkListDocument, variables);
  return (
    <Panel
      title={t.county.workList}
      {...query}
      path="office.highNeedNotReached"
      hasData={query.data?.office?.highNeedNotReached != null}
    >
      <WorkListTable schools={query.data?.office?.highNeedNotReached ?? []} county="" />
    </Panel>
  );
}
