// The large independent chains and the state's specialskolor: the fixed cast of the synthetic data set.

export interface ChainProfile {
  name: string;
  /** The brand its schools carry, "Nordic Skola Uppsala". */
  brand: string;
  gymnasiumBrand: string;
  /** Which school forms the chain runs. */
  forms: readonly ('GRUNDSKOLA' | 'GYMNASIESKOLA' | 'ANPASSAD_GRUNDSKOLA' | 'ANPASSAD_GYMNASIESKOLA')[];
  /** Schools at scale 1. */
  size: number;
  seatMunicipalityCode: string;
}

// A handful of large chains hold about a third of the independent schools, as in Sweden; the names are invented.
export const CHAINS: readonly ChainProfile[] = [
  {
    name: 'Nordic Skolor AB',
    brand: 'Nordic Skola',
    gymnasiumBrand: 'Nordic Gymnasium',
    forms: ['GRUNDSKOLA'],
    size: 70,
    seatMunicipalityCode: '0180',
  },
  {
    name: 'Kunskapsbron AB',
    brand: 'Kunskapsbron',
    gymnasiumBrand: 'Kunskapsbrons gymnasium',
    forms: ['GRUNDSKOLA', 'GYMNASIESKOLA'],
    size: 45,
    seatMunicipalityCode: '0180',
  },
  {
    name: 'Vindros Gymnasium AB',
    brand: 'Vindrosskolan',
    gymnasiumBrand: 'Vindrosgymnasiet',
    forms: ['GYMNASIESKOLA', 'ANPASSAD_GYMNASIESKOLA'],
    size: 80,
    seatMunicipalityCode: '0180',
  },
  {
    name: 'Nordstjärnan Utbildning AB',
    brand: 'Nordstjärneskolan',
    gymnasiumBrand: 'Nordstjärnegymnasiet',
    forms: ['GYMNASIESKOLA'],
    size: 55,
    seatMunicipalityCode: '1480',
  },
  {
    name: 'Lärkan Skolor AB',
    brand: 'Lärkanskolan',
    gymnasiumBrand: 'Lärkangymnasiet',
    forms: ['GRUNDSKOLA', 'ANPASSAD_GRUNDSKOLA'],
    size: 35,
    seatMunicipalityCode: '1480',
  },
  {
    name: 'Sveaskolor AB',
    brand: 'Sveaskolan',
    gymnasiumBrand: 'Sveagymnasiet',
    forms: ['GRUNDSKOLA'],
    size: 30,
    seatMunicipalityCode: '0180',
  },
  {
    name: 'Tellus Utbildning AB',
    brand: 'Tellusskolan',
    gymnasiumBrand: 'Tellusgymnasiet',
    forms: ['GYMNASIESKOLA'],
    size: 40,
    seatMunicipalityCode: '1280',
  },
  {
    name: 'Mosaikskolorna AB',
    brand: 'Mosaikskolan',
    gymnasiumBrand: 'Mosaikgymnasiet',
    forms: ['GRUNDSKOLA', 'GYMNASIESKOLA'],
    size: 30,
    seatMunicipalityCode: '0380',
  },
  {
    name: 'Aurora Lärande AB',
    brand: 'Auroraskolan',
    gymnasiumBrand: 'Auroragymnasiet',
    forms: ['GYMNASIESKOLA', 'ANPASSAD_GYMNASIESKOLA'],
    size: 30,
    seatMunicipalityCode: '0580',
  },
  {
    name: 'Ledstjärnan Friskolor AB',
    brand: 'Ledstjärnan',
    gymnasiumBrand: 'Ledstjärnegymnasiet',
    forms: ['GRUNDSKOLA'],
    size: 20,
    seatMunicipalityCode: '1380',
  },
];

// The state's specialskolor, named after the ones SPSM runs; everything else about them in the demo is synthetic.
export const SPECIAL_SCHOOLS: readonly { name: string; municipalityCode: string }[] = [
  { name: 'Birgittaskolan', municipalityCode: '1880' },
  { name: 'Ekeskolan', municipalityCode: '1880' },
  { name: 'Hällsboskolan Sigtuna', municipalityCode: '0191' },
  { name: 'Hällsboskolan Umeå', municipalityCode: '2480' },
  { name: 'Kristinaskolan', municipalityCode: '2280' },
  { name: 'Manillaskolan', municipalityCode: '0180' },
  { name: 'Vänerskolan', municipalityCode: '1487' },
  { name: 'Östervångsskolan', municipalityCode: '1281' },
];
