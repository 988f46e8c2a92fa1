// Invented but plausible Swedish names for schools and independent organisers. Any likeness to a real school or
// company is a coincidence of common Swedish place-name parts.

import type { Random } from './random';

// Place-name parts; joined they give names like "Ekdal", "Björkbacka", "Lindvik".
// prettier-ignore
const PLACE_PREFIXES = [
  'Björk', 'Ek', 'Lind', 'Asp', 'Rönn', 'Gran', 'Tall', 'Sol', 'Sjö', 'Äng', 'Berg', 'Hag', 'Ljung', 'Kvarn',
  'Hamn', 'Bäck', 'Klöver', 'Ros', 'Brunn', 'Slott', 'Lärk', 'Sand', 'Sten', 'Kull', 'Hassel', 'Al', 'Vide',
  'Ljus', 'Fager', 'Lönn', 'Myr', 'Ström', 'Hög', 'Furu', 'Tran', 'Vass',
];

// Whether the part takes a linking "s" before "skolan" ("Ekdalsskolan" but "Solbackaskolan").
// prettier-ignore
const PLACE_SUFFIXES: readonly (readonly [string, boolean])[] = [
  ['backa', false], ['hage', false], ['dal', true], ['vik', true], ['berg', true], ['lund', true], ['torp', true],
  ['äng', true], ['by', false], ['holm', true], ['ås', false], ['mo', false], ['näs', false], ['vall', true],
  ['hed', true], ['gård', true], ['hem', true], ['sjö', false],
];

// prettier-ignore
const STANDALONE_SCHOOL_NAMES = [
  'Centralskolan', 'Kyrkskolan', 'Norra skolan', 'Södra skolan', 'Östra skolan', 'Västra skolan', 'Parkskolan',
  'Strandskolan', 'Skogsskolan', 'Bruksskolan', 'Ängsskolan', 'Backaskolan', 'Slottsskolan', 'Mosseskolan',
  'Vikingaskolan', 'Kastanjeskolan', 'Gärdesskolan', 'Brunnsskolan', 'Hagaskolan', 'Lundaskolan',
];

// prettier-ignore
const STANDALONE_GYMNASIUM_NAMES = [
  'Norra gymnasiet', 'Södra gymnasiet', 'Östra gymnasiet', 'Västra gymnasiet', 'Katedralskolan',
  'Tekniska gymnasiet', 'Naturbruksgymnasiet', 'Vasagymnasiet', 'Polhemsgymnasiet', 'Centrumgymnasiet',
  'Estetiska gymnasiet', 'Handelsgymnasiet', 'Vård- och omsorgsgymnasiet', 'Idrottsgymnasiet', 'Parkgymnasiet',
];

// Words for the names of small independent schools ("Friskolan Kompassen", "Montessoriskolan Fyren").
// prettier-ignore
const CHARACTER_WORDS = [
  'Kompassen', 'Fyren', 'Ankaret', 'Solrosen', 'Regnbågen', 'Ugglan', 'Myrstacken', 'Tallkotten', 'Lärkan',
  'Stjärnan', 'Vinden', 'Källan', 'Bryggan', 'Gläntan', 'Äppelgården', 'Nyckeln', 'Lyktan', 'Spiran', 'Ekorren',
  'Vågen', 'Trädet', 'Bron', 'Gnistan', 'Polstjärnan', 'Kastanjen', 'Linden', 'Kronan', 'Seglet', 'Humlan',
];

// prettier-ignore
const PROFILE_GYMNASIUM_NAMES = [
  'Designgymnasiet', 'Idrottsgymnasiet', 'Teknikgymnasiet', 'Musikgymnasiet', 'Vårdgymnasiet', 'Handelsgymnasiet',
  'Naturvetargymnasiet', 'Spelgymnasiet', 'Hantverksgymnasiet', 'Flyggymnasiet', 'Hotell- och restauranggymnasiet',
];

/** Swedish genitive: "Stockholms", but "Uppsala" and "Borås" stay as they are before a noun. */
export function genitive(name: string): string {
  return /[sxzaeiouyåäö]$/i.test(name) ? name : `${name}s`;
}

/** The organiser name of a municipality, as Skolverket lists it ("Uppsala kommun", "Falu kommun"). */
export function municipalOrganiserName(municipalityName: string): string {
  if (municipalityName === 'Gotland') return 'Region Gotland';
  if (municipalityName === 'Falun') return 'Falu kommun';
  return `${genitive(municipalityName)} kommun`;
}

/** "Ekdal" and whether it links with an "s" ("Ekdalsskolan"). */
export function placeName(random: Random): { place: string; linking: string } {
  for (;;) {
    const prefix = random.pick(PLACE_PREFIXES);
    const [suffix, linksWithS] = random.pick(PLACE_SUFFIXES);
    // Skip the stutters, "Bergberg", "Ängäng", "Sjösjö".
    if (prefix.toLowerCase() === suffix) continue;
    return { place: `${prefix}${suffix}`, linking: linksWithS ? 's' : '' };
  }
}

export function grundskolaName(random: Random): string {
  if (random.chance(0.12)) return random.pick(STANDALONE_SCHOOL_NAMES);
  const { place, linking } = placeName(random);
  return `${place}${linking}skolan`;
}

export function gymnasiumName(random: Random, municipalityName: string): string {
  const roll = random.float();
  if (roll < 0.3) return random.pick(STANDALONE_GYMNASIUM_NAMES);
  if (roll < 0.45) return `${genitive(municipalityName)} gymnasieskola`;
  const { place, linking } = placeName(random);
  return `${place}${linking}gymnasiet`;
}

export function anpassadName(baseName: string, form: 'ANPASSAD_GRUNDSKOLA' | 'ANPASSAD_GYMNASIESKOLA'): string {
  return `${baseName}, ${form === 'ANPASSAD_GRUNDSKOLA' ? 'anpassad grundskola' : 'anpassad gymnasieskola'}`;
}

export type LegalForm = 'AKTIEBOLAG' | 'EKONOMISK_FORENING' | 'STIFTELSE' | 'IDEELL_FORENING';

export interface SmallOrganiserName {
  organiserName: string;
  legalForm: LegalForm;
  /** The name its (first) school goes by. */
  schoolName: string;
}

/** A small independent organiser and the name of its school, e.g. "Friskolan Kompassen i Kalmar AB". */
export function smallOrganiserName(
  random: Random,
  municipalityName: string,
  firstForm: 'GRUNDSKOLA' | 'GYMNASIESKOLA' | 'ANPASSAD_GRUNDSKOLA' | 'ANPASSAD_GYMNASIESKOLA',
): SmallOrganiserName {
  const word = random.pick(CHARACTER_WORDS);
  const municipality = municipalityName;
  if (firstForm === 'GYMNASIESKOLA' || firstForm === 'ANPASSAD_GYMNASIESKOLA') {
    const roll = random.float();
    if (roll < 0.5) {
      const profile = random.pick(PROFILE_GYMNASIUM_NAMES);
      return {
        organiserName: `${profile} i ${municipality} AB`,
        legalForm: 'AKTIEBOLAG',
        schoolName: `${profile} ${municipality}`,
      };
    }
    const { place, linking } = placeName(random);
    if (roll < 0.85) {
      return {
        organiserName: `${place}${linking}gymnasiet i ${municipality} AB`,
        legalForm: 'AKTIEBOLAG',
        schoolName: `${place}${linking}gymnasiet`,
      };
    }
    return {
      organiserName: `Stiftelsen ${place}${linking}gymnasiet i ${municipality}`,
      legalForm: 'STIFTELSE',
      schoolName: `${place}${linking}gymnasiet`,
    };
  }
  const roll = random.float();
  if (roll < 0.35) {
    return {
      organiserName: `Friskolan ${word} i ${municipality} AB`,
      legalForm: 'AKTIEBOLAG',
      schoolName: `Friskolan ${word}`,
    };
  }
  if (roll < 0.55) {
    return {
      organiserName: `Montessoriskolan ${word} i ${municipality} AB`,
      legalForm: 'AKTIEBOLAG',
      schoolName: `Montessoriskolan ${word}`,
    };
  }
  if (roll < 0.7) {
    return {
      organiserName: `Föräldrakooperativet ${word} i ${municipality} ekonomisk förening`,
      legalForm: 'EKONOMISK_FORENING',
      schoolName: `${genitive(word)} friskola`,
    };
  }
  if (roll < 0.9) {
    const { place, linking } = placeName(random);
    return {
      organiserName: `Stiftelsen ${place}${linking}skolan i ${municipality}`,
      legalForm: 'STIFTELSE',
      schoolName: `${place}${linking}skolan`,
    };
  }
  return {
    organiserName: `Waldorfskolan i ${municipality} ideell förening`,
    legalForm: 'IDEELL_FORENING',
    schoolName: `Waldorfskolan i ${municipality}`,
  };
}

/** The leading digits of a legal form's organisation numbers (5 companies, 7 economic associations, 8 others). */
export function organisationNumberPrefix(random: Random, legalForm: LegalForm): string {
  switch (legalForm) {
    case 'AKTIEBOLAG':
      return random.chance(0.6) ? '556' : '559';
    case 'EKONOMISK_FORENING':
      return '769';
    case 'STIFTELSE':
    case 'IDEELL_FORENING':
      return '802';
  }
}
