import { COUNTIES, countyByCode, OFFICES } from '@lagesbild/reference-data';
import type { DevTokenRequest } from './devIssuer';

/** A user the embedded default's sign-in page offers, so that every role can be tried without an identity provider. */
export interface DemoUser extends DevTokenRequest {
  id: string;
  /** What the sign-in page shows, in Swedish (the dashboard's first language). */
  label: string;
}

const countyName = (code: string) => countyByCode(code)?.name ?? code;

/**
 * The demo users: one per national role, a regional manager for each county, one for two counties together, and
 * office staff for each office.
 */
export const DEMO_USERS: DemoUser[] = [
  { id: 'leadership', role: 'leadership', name: 'Demo Ledning', label: 'Myndighetsledning' },
  { id: 'analyst', role: 'analyst', name: 'Demo Analytiker', label: 'Analytiker' },
  { id: 'admin', role: 'admin', name: 'Demo Administratör', label: 'Administratör' },
  ...COUNTIES.map((county) => ({
    id: `regional-${county.code}`,
    role: 'regional' as const,
    name: `Demo Regionchef ${county.name}`,
    label: `Regionchef, ${county.name}`,
    counties: [county.code],
  })),
  {
    id: 'regional-10-12',
    role: 'regional',
    name: 'Demo Regionchef Syd',
    label: `Regionchef, ${countyName('10')} och ${countyName('12')}`,
    counties: ['10', '12'],
  },
  ...OFFICES.map((office) => ({
    id: `office-${office.id}`,
    role: 'office' as const,
    name: `Demo Handläggare ${office.town}`,
    label: `Handläggare, ${office.name}`,
    office: office.id,
  })),
];

export function demoUserById(id: string): DemoUser | undefined {
  return DEMO_USERS.find((user) => user.id === id);
}
