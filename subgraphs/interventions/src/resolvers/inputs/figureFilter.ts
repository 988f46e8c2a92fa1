import { OrganiserType, SchoolForm } from '@lagesbild/domain';
import { Field, InputType } from 'type-graphql';
import { InterventionKind, InterventionOrigin } from '../../entities/interventionEnums';

// The filters every coverage, follow-up and intervention-count figure takes (issues #4, #16). School form and organiser type narrow the
// scope (which school units and organisers are counted); kind and origin narrow the interventions that count.

@InputType()
abstract class FigureFilter {
  @Field(() => SchoolForm, {
    nullable: true,
    description: 'Only school units of this form (skolform), and the organisers running one.',
  })
  schoolForm?: SchoolForm | null;

  @Field(() => OrganiserType, {
    nullable: true,
    description: 'Only organisers (huvudmän) of this type, and their school units.',
  })
  organiserType?: OrganiserType | null;

  @Field(() => InterventionKind, { nullable: true, description: 'Only interventions of this kind (insatstyp).' })
  kind?: InterventionKind | null;

  @Field(() => InterventionOrigin, {
    nullable: true,
    description: 'Only interventions of this origin (uppsökande, förfrågan, uppdrag).',
  })
  origin?: InterventionOrigin | null;
}

@InputType({
  description:
    'Narrows coverage figures (täckning): school form and organiser type narrow the scope, kind and origin the interventions that count.',
})
export class CoverageFilter extends FigureFilter {}

@InputType({
  description:
    'Narrows follow-up figures (uppföljning): school form and organiser type narrow the scope, kind and origin the interventions whose follow-ups count.',
})
export class FollowUpFilter extends FigureFilter {}

@InputType({
  description:
    'Narrows grouped intervention counts (antal insatser): school form and organiser type narrow the organisers (huvudmän) whose interventions count, kind and origin the interventions. The period is its own argument; the other dimensions are grouped by, not filtered.',
})
export class InterventionCountFilter extends FigureFilter {}

/** The description of a figure's `filter` argument. */
export const FILTER_DESCRIPTION = 'Narrows the figure; every condition given must hold.';

/** What the figure services read of either filter. */
export type FigureFilterValues = Pick<FigureFilter, 'schoolForm' | 'organiserType' | 'kind' | 'origin'>;
