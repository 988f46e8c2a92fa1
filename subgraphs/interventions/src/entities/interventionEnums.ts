import { registerEnumType } from 'type-graphql';

export enum InterventionKind {
  QUALITY_DIALOGUE = 'QUALITY_DIALOGUE',
  ADVICE = 'ADVICE',
  TRAINING = 'TRAINING',
  STATE_GRANT = 'STATE_GRANT',
  ACCESSIBLE_LEARNING_ENVIRONMENT = 'ACCESSIBLE_LEARNING_ENVIRONMENT',
  STUDENT_HEALTH = 'STUDENT_HEALTH',
  SCHOOL_ATTENDANCE = 'SCHOOL_ATTENDANCE',
  LOW_RESULTS_PROGRAMME = 'LOW_RESULTS_PROGRAMME',
}
registerEnumType(InterventionKind, {
  name: 'InterventionKind',
  description: 'What kind of support an intervention (insats) gives.',
  valuesConfig: {
    QUALITY_DIALOGUE: { description: 'Quality dialogue (kvalitetsdialog) with the organiser.' },
    ADVICE: { description: 'Special-needs advice (specialpedagogisk rådgivning).' },
    TRAINING: { description: 'Training (kompetensutveckling) for staff.' },
    STATE_GRANT: { description: 'State grant (statsbidrag).' },
    ACCESSIBLE_LEARNING_ENVIRONMENT: { description: 'Accessible learning environment (tillgänglig lärmiljö).' },
    STUDENT_HEALTH: { description: 'Student health (elevhälsa).' },
    SCHOOL_ATTENDANCE: { description: 'School attendance (närvaro, frånvaro).' },
    LOW_RESULTS_PROGRAMME: {
      description: 'Assignment from Skolverket’s programme for schools with low results (Samverkan för bästa skola).',
    },
  },
});

export enum InterventionOrigin {
  OUTREACH = 'OUTREACH',
  REQUEST = 'REQUEST',
  PROGRAMME_REFERRAL = 'PROGRAMME_REFERRAL',
}
registerEnumType(InterventionOrigin, {
  name: 'InterventionOrigin',
  description: 'How an intervention (insats) came about.',
  valuesConfig: {
    OUTREACH: { description: 'The office reached out (uppsökande).' },
    REQUEST: { description: 'The organiser asked for support (förfrågan).' },
    PROGRAMME_REFERRAL: { description: 'Referred from a national programme (uppdrag).' },
  },
});

export enum InterventionStatus {
  IDENTIFIED = 'IDENTIFIED',
  OFFERED = 'OFFERED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  ONGOING = 'ONGOING',
  COMPLETED = 'COMPLETED',
  FOLLOWED_UP = 'FOLLOWED_UP',
  CANCELLED = 'CANCELLED',
}
registerEnumType(InterventionStatus, {
  name: 'InterventionStatus',
  description:
    'Where an intervention (insats) is in its lifecycle: identified → offered → accepted or declined → ongoing → completed → followed up, or cancelled.',
  valuesConfig: {
    IDENTIFIED: { description: 'A need has been identified (identifierad).' },
    OFFERED: { description: 'Support has been offered to the organiser (erbjuden).' },
    ACCEPTED: { description: 'The organiser accepted the offer (accepterad).' },
    DECLINED: { description: 'The organiser declined the offer (avböjd).' },
    ONGOING: { description: 'The support is under way (pågående).' },
    COMPLETED: { description: 'The support is completed (avslutad).' },
    FOLLOWED_UP: { description: 'The effect has been followed up with the organiser (uppföljd).' },
    CANCELLED: { description: 'Stopped before completion (avbruten).' },
  },
});

export enum FollowUpAssessment {
  NO_EFFECT = 'NO_EFFECT',
  SOME_EFFECT = 'SOME_EFFECT',
  CLEAR_EFFECT = 'CLEAR_EFFECT',
}
registerEnumType(FollowUpAssessment, {
  name: 'FollowUpAssessment',
  description: 'Effect of the support as judged together with the organiser (bedömd effekt).',
  valuesConfig: {
    NO_EFFECT: { description: 'No effect (ingen effekt).' },
    SOME_EFFECT: { description: 'Some effect (viss effekt).' },
    CLEAR_EFFECT: { description: 'Clear effect (tydlig effekt).' },
  },
});

export enum FollowUpStatus {
  NOT_DUE = 'NOT_DUE',
  DUE_SOON = 'DUE_SOON',
  OVERDUE = 'OVERDUE',
  DONE = 'DONE',
}
registerEnumType(FollowUpStatus, {
  name: 'FollowUpStatus',
  description: 'Follow-up (uppföljning) status, derived from the dates and never stored.',
  valuesConfig: {
    NOT_DUE: { description: 'Due more than 30 days from today (ej aktuell).' },
    DUE_SOON: { description: 'Due within 30 days (snart aktuell).' },
    OVERDUE: { description: 'Past its due date and not done (försenad).' },
    DONE: { description: 'Completed (genomförd).' },
  },
});
