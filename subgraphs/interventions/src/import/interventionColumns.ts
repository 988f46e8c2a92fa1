import { isoDate, oneOf, required, text } from '@lagesbild/subgraph-kit';
import { z } from 'zod';
import { InterventionKind, InterventionOrigin, InterventionStatus } from '../entities/interventionEnums';

// The columns of an intervention file and how each is read. Swedish names are accepted beside the codes, as
// offices write them in their own case lists.

const optionalDate = isoDate.optional();

export const interventionRowSchema = z.object({
  reference: z.string(required).pipe(text(40)),
  kind: z.string(required).pipe(
    oneOf(Object.values(InterventionKind), {
      kvalitetsdialog: InterventionKind.QUALITY_DIALOGUE,
      rådgivning: InterventionKind.ADVICE,
      kompetensutveckling: InterventionKind.TRAINING,
      utbildning: InterventionKind.TRAINING,
      statsbidrag: InterventionKind.STATE_GRANT,
      'tillgänglig lärmiljö': InterventionKind.ACCESSIBLE_LEARNING_ENVIRONMENT,
      elevhälsa: InterventionKind.STUDENT_HEALTH,
      närvaro: InterventionKind.SCHOOL_ATTENDANCE,
    }),
  ),
  origin: z.string(required).pipe(
    oneOf(Object.values(InterventionOrigin), {
      uppsökande: InterventionOrigin.OUTREACH,
      förfrågan: InterventionOrigin.REQUEST,
      uppdrag: InterventionOrigin.PROGRAMME_REFERRAL,
    }),
  ),
  organisation_number: z
    .string(required)
    .regex(/^\d{6}-\d{4}$/, { error: 'must be an organisation number, NNNNNN-NNNN' }),
  school_unit_codes: z
    .string()
    .regex(/^\d{8}([ |;]+\d{8})*$/, { error: 'must be eight-digit school-unit codes separated by spaces or |' })
    .transform((value) => [...new Set(value.split(/[ |;]+/))])
    .optional(),
  office_id: z.string(required).transform((value) => value.toUpperCase()),
  status: z.string(required).pipe(oneOf(Object.values(InterventionStatus))),
  identified_on: z.string(required).pipe(isoDate),
  offered_on: optionalDate,
  accepted_on: optionalDate,
  declined_on: optionalDate,
  started_on: optionalDate,
  completed_on: optionalDate,
  followed_up_on: optionalDate,
  cancelled_on: optionalDate,
});

export type InterventionRow = z.infer<typeof interventionRowSchema>;

export const INTERVENTION_COLUMNS = Object.keys(interventionRowSchema.shape).map((name) => ({
  name,
  required: !interventionRowSchema.shape[name as keyof typeof interventionRowSchema.shape].safeParse(undefined).success,
}));

/** The lifecycle date fields by column: the shared rules speak of identifiedOn, the file of identified_on. */
export const DATE_COLUMNS = {
  identifiedOn: 'identified_on',
  offeredOn: 'offered_on',
  acceptedOn: 'accepted_on',
  declinedOn: 'declined_on',
  startedOn: 'started_on',
  completedOn: 'completed_on',
  followedUpOn: 'followed_up_on',
  cancelledOn: 'cancelled_on',
} as const;
