import { OrganiserType, SchoolForm } from '@lagesbild/domain';
import { areaSizes } from '@lagesbild/reference-data';
import { refuseTooManyCombinations, type DimensionSize } from '@lagesbild/subgraph-kit';
import { InterventionKind, InterventionOrigin } from '../entities/interventionEnums';
import { ReportDimension } from '../types/reportDimension';
import type { FigureRequest } from './figureCells';

// The most groups each dimension of a grouped figure can have (issue #16), for the bound on combinations
// (MAX_GROUP_COMBINATIONS): by the area's counties, municipalities and offices, the period's years, and the
// filter, which leaves one group of a dimension it fixes. A municipality lies in one county and one office, so
// grouping by MUNICIPALITY leaves COUNTY and OFFICE one group each within it.

const count = (values: object) => Object.values(values).length;
const years = ({ from, to }: { from: string; to: string }) => Number(to.slice(0, 4)) - Number(from.slice(0, 4)) + 1;

export function dimensionSizes(request: FigureRequest, dimensions: readonly ReportDimension[]): DimensionSize[] {
  const area = areaSizes(request.area.kind, request.area.code);
  const byMunicipality = dimensions.includes(ReportDimension.MUNICIPALITY);
  const { filter } = request;
  const sizes: Record<ReportDimension, number> = {
    [ReportDimension.COUNTY]: byMunicipality ? 1 : area.counties,
    [ReportDimension.MUNICIPALITY]: area.municipalities,
    [ReportDimension.OFFICE]: byMunicipality ? 1 : area.offices,
    [ReportDimension.ORGANISER_TYPE]: filter?.organiserType ? 1 : count(OrganiserType),
    [ReportDimension.SCHOOL_FORM]: filter?.schoolForm ? 1 : count(SchoolForm),
    [ReportDimension.SOCIO_ECONOMIC_BAND]: 4,
    [ReportDimension.YEAR]: years(request.period),
    [ReportDimension.KIND]: filter?.kind ? 1 : count(InterventionKind),
    [ReportDimension.ORIGIN]: filter?.origin ? 1 : count(InterventionOrigin),
  };
  return dimensions.map((dimension) => ({ dimension, size: sizes[dimension] }));
}

/** BAD_USER_INPUT when a grouped figure's dimensions could give more combinations than one request may ask for. */
export function checkCombinations(request: FigureRequest): void {
  refuseTooManyCombinations(dimensionSizes(request, request.dimensions), 'a filter or a shorter period');
}
