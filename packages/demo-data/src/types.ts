// The shape of the synthetic data set. Each subgraph loads only the part it owns; the ids tie the parts together
// the same way federation keys do at query time.

export type OrganiserType = 'MUNICIPAL' | 'INDEPENDENT';

export type SchoolForm =
  'GRUNDSKOLA' | 'GYMNASIESKOLA' | 'ANPASSAD_GRUNDSKOLA' | 'ANPASSAD_GYMNASIESKOLA' | 'SPECIALSKOLA';

export type InterventionKind =
  | 'QUALITY_DIALOGUE'
  | 'ADVICE'
  | 'TRAINING'
  | 'STATE_GRANT'
  | 'ACCESSIBLE_LEARNING_ENVIRONMENT'
  | 'STUDENT_HEALTH'
  | 'SCHOOL_ATTENDANCE'
  | 'LOW_RESULTS_PROGRAMME';

export type InterventionOrigin = 'OUTREACH' | 'REQUEST' | 'PROGRAMME_REFERRAL';

export type InterventionStatus =
  'IDENTIFIED' | 'OFFERED' | 'ACCEPTED' | 'DECLINED' | 'ONGOING' | 'COMPLETED' | 'FOLLOWED_UP' | 'CANCELLED';

export type OutcomeGroup = 'ALL' | 'GIRLS' | 'BOYS';

/** Skolverket's markers: `..` too few pupils to publish, `.` no data. */
export type OutcomeStatus = 'REPORTED' | 'SUPPRESSED' | 'MISSING';

/** Dates are ISO strings (YYYY-MM-DD) so that the data set is plain JSON-able data. */
export type IsoDate = string;

export interface DemoOrganiser {
  id: string;
  name: string;
  type: OrganiserType;
  /** 10 digits with a hyphen, NNNNNN-NNNN, passing the Luhn check. */
  organisationNumber: string;
  /** The municipality where the organiser has its seat. */
  municipalityCode: string;
}

export interface DemoSchool {
  id: string;
  /** Skolverket's 8-digit school-unit code (skolenhetskod). */
  unitCode: string;
  name: string;
  schoolForm: SchoolForm;
  municipalityCode: string;
  organiserId: string;
}

export interface DemoSchoolYear {
  schoolId: string;
  year: number;
  pupilCount: number;
  /** Socio-economic index in the spirit of Skolverket's: around 100 nationally, higher means tougher conditions. */
  socioEconomicIndex: number;
}

export interface DemoIntervention {
  id: string;
  kind: InterventionKind;
  origin: InterventionOrigin;
  organiserId: string;
  /** Optional subset of the organiser's schools. */
  schoolIds: string[];
  officeId: string;
  status: InterventionStatus;
  identifiedOn: IsoDate;
  offeredOn: IsoDate | null;
  acceptedOn: IsoDate | null;
  declinedOn: IsoDate | null;
  startedOn: IsoDate | null;
  completedOn: IsoDate | null;
  followedUpOn: IsoDate | null;
  cancelledOn: IsoDate | null;
}

export interface DemoFollowUp {
  id: string;
  interventionId: string;
  dueOn: IsoDate;
  completedOn: IsoDate | null;
  /** Effect as judged with the organiser; null until the follow-up is done. */
  assessment: 'NO_EFFECT' | 'SOME_EFFECT' | 'CLEAR_EFFECT' | null;
  nextStep: string | null;
}

export interface DemoOutcomeValue {
  schoolId: string;
  year: number;
  indicatorCode: string;
  group: OutcomeGroup;
  /** Null unless status is REPORTED. */
  value: number | null;
  pupilCount: number | null;
  status: OutcomeStatus;
}

export interface DemoDataSet {
  organisers: DemoOrganiser[];
  schools: DemoSchool[];
  schoolYears: DemoSchoolYear[];
  interventions: DemoIntervention[];
  followUps: DemoFollowUp[];
  outcomeValues: DemoOutcomeValue[];
}

export interface DemoDataOptions {
  /** Same seed, same data. */
  seed?: number;
  /** 1 is Sweden-sized; N multiplies schools, organisers and what hangs off them. */
  scale?: number;
}
