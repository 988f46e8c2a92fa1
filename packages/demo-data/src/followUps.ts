// Follow-ups: every completed intervention gets a closing follow-up some months after completion, and long ones a
// mid-term follow-up while they run. A follow-up is done (completedOn, assessment, next step) or still open, and
// open ones are overdue, due soon or not yet due depending on DEMO_TODAY.

import { DEMO_TODAY_DAY, fromDayNumber } from './dates';
import { uuidFromKey } from '@lagesbild/domain';
import type { GeneratedIntervention } from './interventions';
import type { Random } from './random';
import type { DemoFollowUp } from './types';

type Assessment = NonNullable<DemoFollowUp['assessment']>;

// Interventions running at least this long get a follow-up halfway.
const MID_TERM_MIN_DURATION_DAYS = 240;

// prettier-ignore
const NEXT_STEPS: Readonly<Record<Assessment, readonly string[]>> = {
  CLEAR_EFFECT: [
    'Insatsen avslutas; huvudmannen driver arbetet vidare på egen hand.',
    'Huvudmannen sprider arbetssättet till fler skolenheter.',
    'Ingen vidare insats; ny avstämning i nästa kvalitetsdialog.',
  ],
  SOME_EFFECT: [
    'Fortsatt uppföljning om sex månader.',
    'Komplettera med kompetensutveckling för elevhälsoteamet.',
    'Huvudmannen tar fram en handlingsplan för de skolenheter som inte kommit lika långt.',
    'Erbjuda handledning till rektorerna under nästa termin.',
  ],
  NO_EFFECT: [
    'Ny gemensam kartläggning av behoven tillsammans med huvudmannen.',
    'Erbjuda en annan insats med tydligare fokus på närvaro.',
    'Lyfta resultaten i nästa kvalitetsdialog med förvaltningsledningen.',
  ],
};

const CLOSING_ASSESSMENTS = { CLEAR_EFFECT: 0.3, SOME_EFFECT: 0.5, NO_EFFECT: 0.2 } as const;
const MID_TERM_ASSESSMENTS = { CLEAR_EFFECT: 0.15, SOME_EFFECT: 0.6, NO_EFFECT: 0.25 } as const;

export function generateFollowUps(generated: readonly GeneratedIntervention[], random: Random): DemoFollowUp[] {
  const followUps: DemoFollowUp[] = [];
  const done = (assessments: Readonly<Record<Assessment, number>>) => {
    const assessment = random.weighted(assessments);
    return { assessment, nextStep: random.pick(NEXT_STEPS[assessment]) };
  };

  for (const { intervention, timeline } of generated) {
    const { status } = intervention;
    const running = status === 'ONGOING' || status === 'COMPLETED' || status === 'FOLLOWED_UP';
    if (running && timeline.startedDay !== null && timeline.plannedDurationDays >= MID_TERM_MIN_DURATION_DAYS) {
      const dueDay = timeline.startedDay + Math.round(timeline.plannedDurationDays / 2);
      const doneDay = dueDay + random.int(-10, 40);
      const isDone = doneDay <= DEMO_TODAY_DAY && random.chance(0.85);
      followUps.push({
        id: uuidFromKey(`follow-up:${intervention.id}:mid-term`),
        interventionId: intervention.id,
        dueOn: fromDayNumber(dueDay),
        completedOn: isDone ? fromDayNumber(doneDay) : null,
        ...(isDone ? done(MID_TERM_ASSESSMENTS) : { assessment: null, nextStep: null }),
      });
    }
    if (timeline.followUpDueDay !== null) {
      // The closing follow-up is what moves an intervention to FOLLOWED_UP, so the two dates are the same.
      const isDone = status === 'FOLLOWED_UP';
      followUps.push({
        id: uuidFromKey(`follow-up:${intervention.id}:closing`),
        interventionId: intervention.id,
        dueOn: fromDayNumber(timeline.followUpDueDay),
        completedOn: isDone ? intervention.followedUpOn : null,
        ...(isDone ? done(CLOSING_ASSESSMENTS) : { assessment: null, nextStep: null }),
      });
    }
  }
  return followUps;
}
