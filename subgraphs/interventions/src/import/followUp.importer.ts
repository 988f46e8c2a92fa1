import { uuidFromKey, type LifecycleStatus } from '@lagesbild/domain';
import {
  bulkUpsert,
  isoDate,
  oneOf,
  required,
  ValidationCode,
  type Importer,
  type RowIssue,
} from '@lagesbild/subgraph-kit';
import { z } from 'zod';
import { FollowUpAssessment } from '../entities/interventionEnums';
import { normaliseCaseReference } from '../services/caseReference';
import {
  completedOnIssue,
  followUpFieldIssues,
  followUpStatusIssue,
  NEXT_STEP_MAX_LENGTH,
} from '../services/followUpRules';
import { swedishToday } from '@lagesbild/subgraph-kit';

const schema = z.object({
  intervention_reference: z.string(required).transform(normaliseCaseReference),
  due_on: z.string(required).pipe(isoDate),
  completed_on: isoDate.optional(),
  assessment: z
    .string()
    .pipe(
      oneOf(Object.values(FollowUpAssessment), {
        'ingen effekt': FollowUpAssessment.NO_EFFECT,
        'viss effekt': FollowUpAssessment.SOME_EFFECT,
        'tydlig effekt': FollowUpAssessment.CLEAR_EFFECT,
      }),
    )
    .optional(),
  next_step: z
    .string()
    .max(NEXT_STEP_MAX_LENGTH, { error: `must be at most ${NEXT_STEP_MAX_LENGTH} characters` })
    .optional(),
});
type FollowUpRow = z.infer<typeof schema>;

/** The shared rules name fields as the mutations do; the file names its columns. */
const COLUMN_OF: Record<string, string> = {
  completedOn: 'completed_on',
  assessment: 'assessment',
  nextStep: 'next_step',
  interventionId: 'intervention_reference',
};

/** Follow-ups (uppföljningar), matched on their intervention's case reference and due date. */
export const followUpImporter: Importer<FollowUpRow> = {
  kind: 'follow-ups',
  columns: [
    { name: 'intervention_reference', required: true },
    { name: 'due_on', required: true },
    { name: 'completed_on', required: false },
    { name: 'assessment', required: false },
    { name: 'next_step', required: false },
  ],
  schema,
  keyOf: (row) => `${row.intervention_reference} ${row.due_on}`,
  keyColumns: ['intervention_reference', 'due_on'],
  async check(rows, manager) {
    const today = swedishToday();
    const interventions: { id: string; reference: string; status: LifecycleStatus; startedOn: string | null }[] =
      await manager.query(
        `SELECT id, reference, status, started_on::text AS "startedOn" FROM intervention WHERE reference = ANY($1)`,
        [[...new Set(rows.map(({ row }) => row.intervention_reference))]],
      );
    const byReference = new Map(interventions.map((intervention) => [intervention.reference, intervention]));
    return rows.flatMap(({ line, row }): RowIssue[] => {
      const intervention = byReference.get(row.intervention_reference);
      if (!intervention) {
        return [
          {
            line,
            field: 'intervention_reference',
            code: ValidationCode.UNKNOWN_REFERENCE,
            message: `No intervention has the reference ${row.intervention_reference}; import the intervention first.`,
          },
        ];
      }
      const issues = [
        ...followUpFieldIssues({
          completedOn: row.completed_on ?? null,
          assessment: row.assessment ?? null,
          nextStep: row.next_step ?? null,
        }),
        followUpStatusIssue(intervention, 'interventionId'),
        row.completed_on ? completedOnIssue(intervention, row.completed_on, today) : null,
      ];
      return issues
        .filter((issue) => issue !== null)
        .map((issue) => ({ ...issue, line, field: COLUMN_OF[issue.field] ?? issue.field }));
    });
  },
  async write(manager, rows) {
    const interventions: { id: string; reference: string }[] = await manager.query(
      'SELECT id, reference FROM intervention WHERE reference = ANY($1)',
      [[...new Set(rows.map((row) => row.intervention_reference))]],
    );
    const idOf = new Map(interventions.map((intervention) => [intervention.reference, intervention.id]));
    const interventionId = (row: FollowUpRow) => idOf.get(row.intervention_reference) as string;
    return bulkUpsert(
      manager,
      'follow_up',
      [
        {
          name: 'id',
          type: 'uuid',
          value: (row: FollowUpRow) => uuidFromKey(`follow-up:${interventionId(row)}:${row.due_on}`),
        },
        { name: 'intervention_id', type: 'uuid', value: interventionId },
        { name: 'due_on', type: 'date', value: (row) => row.due_on },
        { name: 'completed_on', type: 'date', value: (row) => row.completed_on ?? null },
        { name: 'assessment', type: 'text', value: (row) => row.assessment ?? null },
        { name: 'next_step', type: 'text', value: (row) => row.next_step ?? null },
      ],
      ['intervention_id', 'due_on'],
      rows,
    );
  },
};
