import type { OrganiserType, SchoolForm } from '@lagesbild/domain';
import type { InterventionKind, InterventionOrigin } from '../entities/interventionEnums';
import type { GroupKey } from '../types/reportGroups';
import { ReportDimension } from '../types/reportDimension';

/** The field of a group row that one part of its key sets. */
function keyField(dimension: ReportDimension, part: string): Omit<GroupKey, 'key'> {
  switch (dimension) {
    case ReportDimension.COUNTY:
      return { county: { code: part } };
    case ReportDimension.MUNICIPALITY:
      return { municipality: { code: part } };
    case ReportDimension.OFFICE:
      return { office: { id: part } };
    case ReportDimension.ORGANISER_TYPE:
      return { organiserType: part as OrganiserType };
    case ReportDimension.SCHOOL_FORM:
      return { schoolForm: part as SchoolForm };
    case ReportDimension.SOCIO_ECONOMIC_BAND:
      return { socioEconomicBand: Number(part) };
    case ReportDimension.YEAR:
      return { year: Number(part) };
    case ReportDimension.KIND:
      return { kind: part as InterventionKind };
    case ReportDimension.ORIGIN:
      return { origin: part as InterventionOrigin };
  }
}

/**
 * A group's key as the GraphQL group types show it: the key itself, and a typed field for each of the `dimensions`
 * (in KEY_ORDER, as the statements join the key's parts with '|'). Counties, municipalities and offices are
 * references, so the gateway fills in their names from the offices subgraph.
 */
export function groupKey(dimensions: readonly ReportDimension[], key: string): GroupKey {
  const parts = key.split('|');
  return Object.assign({ key }, ...dimensions.map((dimension, i) => keyField(dimension, parts[i])));
}
