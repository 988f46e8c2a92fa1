// Gives every planned school its unit code, id, name and organiser.

import { municipalityByCode } from '@lagesbild/reference-data';
import { schoolIdOf } from '@lagesbild/domain';
import { anpassadName, grundskolaName, gymnasiumName, placeName } from './names';
import type { OrganiserAssignment, SlotOwner } from './organisers';
import type { Random } from './random';
import type { SchoolSlot } from './schoolPlan';
import type { DemoSchool } from './types';

const BRANCH_SUFFIXES = ['Norra', 'Södra', 'Östra', 'Västra', 'City', 'Centrum'];

/** Skolverket's unit codes are eight digits with no visible structure, so random unique ones look right. */
function uniqueUnitCode(random: Random, used: Set<string>): string {
  for (;;) {
    const code = String(random.int(10_000_000, 99_999_999));
    if (!used.has(code)) {
      used.add(code);
      return code;
    }
  }
}

export function buildSchools(
  slots: readonly SchoolSlot[],
  assignment: OrganiserAssignment,
  random: Random,
): DemoSchool[] {
  const usedCodes = new Set<string>();
  // Names are unique within a municipality (they may repeat across the country, as real ones do).
  const namesByMunicipality = new Map<string, Set<string>>();
  // Per municipality and organiser, the names an anpassad unit can be co-located with.
  const hostNames = new Map<string, { grund: string[]; gymnasium: string[] }>();

  // Later attempts ask for more varied names, so that a fixed first choice (a chain's plain "Brand Town", a small
  // organiser's own school name) can still give way to a variant.
  const claim = (municipalityCode: string, candidates: (attempt: number) => string): string => {
    let names = namesByMunicipality.get(municipalityCode);
    if (!names) {
      names = new Set();
      namesByMunicipality.set(municipalityCode, names);
    }
    let name = candidates(0);
    for (let attempt = 1; names.has(name) && attempt <= 40; attempt++) name = candidates(attempt);
    if (names.has(name)) {
      const base = name;
      for (let serial = 2; names.has(name); serial++) name = `${base} ${serial}`;
    }
    names.add(name);
    return name;
  };

  const hostsOf = (key: string) => {
    let hosts = hostNames.get(key);
    if (!hosts) {
      hosts = { grund: [], gymnasium: [] };
      hostNames.set(key, hosts);
    }
    return hosts;
  };

  return slots.map((slot, index): DemoSchool => {
    const organiser = assignment.organisers[assignment.organiserIndexBySlot[index]];
    if (!organiser) throw new Error(`Slot ${index} has no organiser`);
    const municipality = municipalityByCode(slot.municipalityCode);
    if (!municipality) throw new Error(`Unknown municipality ${slot.municipalityCode}`);
    const town = municipality.name;
    const owner: SlotOwner = assignment.ownerBySlot[index];
    const hosts = hostsOf(`${slot.municipalityCode}:${organiser.id}`);

    const name = claim(slot.municipalityCode, (attempt) => {
      // Anpassad units share a name with a school of the same organiser nearby, as they are often co-located.
      const host = (list: string[]) => (attempt < 5 && list.length > 0 ? random.pick(list) : undefined);
      switch (slot.form) {
        case 'SPECIALSKOLA':
          return slot.specialSchoolName ?? 'Specialskolan';
        case 'ANPASSAD_GRUNDSKOLA':
          return anpassadName(host(hosts.grund) ?? baseName(owner, 'GRUNDSKOLA', attempt), slot.form);
        case 'ANPASSAD_GYMNASIESKOLA':
          return anpassadName(host(hosts.gymnasium) ?? baseName(owner, 'GYMNASIESKOLA', attempt), slot.form);
        default:
          return baseName(owner, slot.form, attempt);
      }
    });
    if (slot.form === 'GRUNDSKOLA') hosts.grund.push(name);
    if (slot.form === 'GYMNASIESKOLA') hosts.gymnasium.push(name);

    const unitCode = uniqueUnitCode(random, usedCodes);
    return {
      id: schoolIdOf(unitCode),
      unitCode,
      name,
      schoolForm: slot.form,
      municipalityCode: slot.municipalityCode,
      organiserId: organiser.id,
    };

    function baseName(slotOwner: SlotOwner, form: 'GRUNDSKOLA' | 'GYMNASIESKOLA', attempt: number): string {
      switch (slotOwner.kind) {
        case 'CHAIN': {
          const brand = form === 'GYMNASIESKOLA' ? slotOwner.chain.gymnasiumBrand : slotOwner.chain.brand;
          const roll = attempt === 0 ? random.float() * 0.5 : random.float();
          if (roll < 0.4) return `${brand} ${town}`;
          if (roll < 0.7) return `${brand} ${town} ${random.pick(BRANCH_SUFFIXES)}`;
          return `${brand} ${placeName(random).place}`;
        }
        case 'SMALL':
          if (slotOwner.positionInGroup === 0 && attempt === 0) return slotOwner.schoolName;
          return `${slotOwner.schoolName} ${attempt < 10 ? random.pick(BRANCH_SUFFIXES) : placeName(random).place}`;
        default:
          return form === 'GRUNDSKOLA' ? grundskolaName(random) : gymnasiumName(random, town);
      }
    }
  });
}
