// The organisers (huvudmän): the 290 municipalities, the state for the specialskolor, a handful of large
// independent chains and several hundred small independent organisers with one to three schools each.

import { MUNICIPALITIES, municipalityByCode } from '@lagesbild/reference-data';
import { CHAINS, type ChainProfile } from './chains';
import { organiserIdOf } from '@lagesbild/domain';
import { municipalOrganiserName, organisationNumberPrefix, smallOrganiserName } from './names';
import { formatOrganisationNumber } from './organisationNumbers';
import { type Random, WeightedPicker } from './random';
import type { NonStateForm, SchoolSlot } from './schoolPlan';
import type { DemoOrganiser } from './types';

/** What the school namer needs to know about the organiser of a slot. */
export type SlotOwner =
  | { kind: 'MUNICIPAL' }
  | { kind: 'STATE' }
  | { kind: 'CHAIN'; chain: ChainProfile }
  | { kind: 'SMALL'; schoolName: string; positionInGroup: number };

export interface OrganiserAssignment {
  organisers: DemoOrganiser[];
  /** Index into `organisers` for every slot, in slot order. */
  organiserIndexBySlot: number[];
  ownerBySlot: SlotOwner[];
}

export const STATE_ORGANISER_NAME = 'Specialpedagogiska skolmyndigheten (staten)';

// Sizes of small organisers: most run a single school.
const GROUP_SIZES = { '1': 0.72, '2': 0.2, '3': 0.08 } as const;

function municipalityName(code: string): string {
  const municipality = municipalityByCode(code);
  if (!municipality) throw new Error(`Unknown municipality ${code}`);
  return municipality.name;
}

export function assignOrganisers(slots: readonly SchoolSlot[], random: Random, scale: number): OrganiserAssignment {
  const organisers: DemoOrganiser[] = [];
  const organiserIndexBySlot: number[] = new Array<number>(slots.length).fill(-1);
  const ownerBySlot: SlotOwner[] = new Array<SlotOwner>(slots.length);
  const usedNumbers = new Set<string>();
  const usedNames = new Set<string>();

  const addOrganiser = (organiser: Omit<DemoOrganiser, 'id'>): number => {
    usedNumbers.add(organiser.organisationNumber);
    usedNames.add(organiser.name);
    organisers.push({ id: organiserIdOf(organiser.organisationNumber), ...organiser });
    return organisers.length - 1;
  };

  const freshNumber = (prefix: string): string => {
    for (;;) {
      let digits = prefix;
      while (digits.length < 9) digits += String(random.int(0, 9));
      const number = formatOrganisationNumber(digits);
      if (!usedNumbers.has(number)) return number;
    }
  };

  // Municipalities all share the 212000- series; the last four digits here are synthetic, not their real numbers.
  const municipalIndex = new Map<string, number>();
  MUNICIPALITIES.forEach((municipality, index) => {
    const serial = String(100 + index * 3).padStart(3, '0');
    municipalIndex.set(
      municipality.code,
      addOrganiser({
        name: municipalOrganiserName(municipality.name),
        type: 'MUNICIPAL',
        organisationNumber: formatOrganisationNumber(`212000${serial}`),
        municipalityCode: municipality.code,
      }),
    );
  });

  // The type has no STATE value, so SPSM's own schools hang off an organiser typed INDEPENDENT (i.e. "not a
  // municipality") whose name says it is the state. Seated in Härnösand, where SPSM has its head office.
  const stateIndex = addOrganiser({
    name: STATE_ORGANISER_NAME,
    type: 'INDEPENDENT',
    organisationNumber: formatOrganisationNumber('202100606'),
    municipalityCode: '2280',
  });

  slots.forEach((slot, index) => {
    if (slot.operator === 'MUNICIPAL') {
      organiserIndexBySlot[index] = municipalIndex.get(slot.municipalityCode) ?? -1;
      ownerBySlot[index] = { kind: 'MUNICIPAL' };
    } else if (slot.operator === 'STATE') {
      organiserIndexBySlot[index] = stateIndex;
      ownerBySlot[index] = { kind: 'STATE' };
    }
  });

  const unassigned = new Set<number>();
  slots.forEach((slot, index) => {
    if (slot.operator === 'INDEPENDENT') unassigned.add(index);
  });

  for (const chain of CHAINS) {
    const organiserIndex = addOrganiser({
      name: chain.name,
      type: 'INDEPENDENT',
      organisationNumber: freshNumber(random.chance(0.5) ? '556' : '559'),
      municipalityCode: chain.seatMunicipalityCode,
    });
    // Chains favour the cities a little more than independent schools in general do.
    const candidates = [...unassigned].filter((index) => chain.forms.includes(slots[index].form as NonStateForm));
    const picker = new WeightedPicker(
      candidates.map((index): [number, number] => {
        const population = municipalityByCode(slots[index].municipalityCode)?.population ?? 0;
        return [index, Math.pow(population, 0.3)];
      }),
    );
    const wanted = Math.min(candidates.length, Math.max(1, Math.round(chain.size * scale)));
    let taken = 0;
    for (let attempt = 0; taken < wanted && attempt < wanted * 50; attempt++) {
      const index = picker.pick(random);
      if (!unassigned.has(index)) continue;
      unassigned.delete(index);
      organiserIndexBySlot[index] = organiserIndex;
      ownerBySlot[index] = { kind: 'CHAIN', chain };
      taken++;
    }
  }

  // What is left goes to small organisers, grouped within a municipality.
  const leftByMunicipality = new Map<string, number[]>();
  for (const index of unassigned) {
    const code = slots[index].municipalityCode;
    const list = leftByMunicipality.get(code);
    if (list) list.push(index);
    else leftByMunicipality.set(code, [index]);
  }
  for (const [code, indices] of leftByMunicipality) {
    random.shuffle(indices);
    while (indices.length > 0) {
      const size = Math.min(indices.length, Number(random.weighted(GROUP_SIZES)));
      // Grundskola first: a group's name comes from its first school, and most small organisers start as one.
      const group = indices.splice(0, size).sort((a, b) => formOrder(slots[a].form) - formOrder(slots[b].form));
      const firstForm = slots[group[0]].form as NonStateForm;
      let named = smallOrganiserName(random, municipalityName(code), firstForm);
      for (let attempt = 0; usedNames.has(named.organiserName) && attempt < 50; attempt++) {
        named = smallOrganiserName(random, municipalityName(code), firstForm);
      }
      // Only reached when a municipality has more small organisers than name combinations; a serial keeps it unique.
      const organiserName = usedNames.has(named.organiserName)
        ? `${named.organiserName} (${organisers.length})`
        : named.organiserName;
      const organiserIndex = addOrganiser({
        name: organiserName,
        type: 'INDEPENDENT',
        organisationNumber: freshNumber(organisationNumberPrefix(random, named.legalForm)),
        municipalityCode: code,
      });
      group.forEach((slotIndex, position) => {
        organiserIndexBySlot[slotIndex] = organiserIndex;
        ownerBySlot[slotIndex] = { kind: 'SMALL', schoolName: named.schoolName, positionInGroup: position };
      });
    }
  }

  return { organisers, organiserIndexBySlot, ownerBySlot };
}

function formOrder(form: SchoolSlot['form']): number {
  return ['GRUNDSKOLA', 'GYMNASIESKOLA', 'ANPASSAD_GRUNDSKOLA', 'ANPASSAD_GYMNASIESKOLA', 'SPECIALSKOLA'].indexOf(form);
}
