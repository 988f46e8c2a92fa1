import type { OrganiserType, SchoolForm } from '@lagesbild/domain';
import type { InterventionKind } from '../entities/interventionEnums';
import type { GroupKey } from '../types/reportGroups';
import { ReportDimension } from '../types/reportDimension';

/**
 * A group's key as the GraphQL group types show it: the key itself, and the field of its dimension. Counties,
 * municipalities and offices are references, so the gateway fills in their names from the offices subgraph.
 */
export function groupKey(dimension: ReportDimension, key: string): GroupKey {
  switch (dimension) {
    case ReportDimension.COUNTY:
      return { key, county: { code: key } };
    case ReportDimension.MUNICIPALITY:
      return { key, municipality: { code: key } };
    case ReportDimension.OFFICE:
      return { key, office: { id: key } };
    case ReportDimension.ORGANISER_TYPE:
      return { key, organiserType: key as OrganiserType };
    case ReportDimension.SCHOOL_FORM:
      return { key, schoolForm: key as SchoolForm };
    case ReportDimension.YEAR:
      return { key, year: Number(key) };
    case ReportDimension.KIND:
      return { key, kind: key as InterventionKind };
  }
}
