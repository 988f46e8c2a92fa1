// Sweden's 21 counties (län). The codes are SCB's official county codes; the gaps (02, 11, 15, 16) are counties that
// were merged away (Skåne in 1997, Västra Götaland in 1998) and whose codes were never reused.

export interface County {
  /** SCB's 2-digit county code (länskod). */
  code: string;
  /** The official name, e.g. "Stockholms län". */
  name: string;
  /** The everyday short form used in tables and charts, e.g. "Stockholm". */
  shortName: string;
}

export const COUNTIES: readonly County[] = [
  { code: '01', name: 'Stockholms län', shortName: 'Stockholm' },
  { code: '03', name: 'Uppsala län', shortName: 'Uppsala' },
  { code: '04', name: 'Södermanlands län', shortName: 'Södermanland' },
  { code: '05', name: 'Östergötlands län', shortName: 'Östergötland' },
  { code: '06', name: 'Jönköpings län', shortName: 'Jönköping' },
  { code: '07', name: 'Kronobergs län', shortName: 'Kronoberg' },
  { code: '08', name: 'Kalmar län', shortName: 'Kalmar' },
  { code: '09', name: 'Gotlands län', shortName: 'Gotland' },
  { code: '10', name: 'Blekinge län', shortName: 'Blekinge' },
  { code: '12', name: 'Skåne län', shortName: 'Skåne' },
  { code: '13', name: 'Hallands län', shortName: 'Halland' },
  { code: '14', name: 'Västra Götalands län', shortName: 'Västra Götaland' },
  { code: '17', name: 'Värmlands län', shortName: 'Värmland' },
  { code: '18', name: 'Örebro län', shortName: 'Örebro' },
  { code: '19', name: 'Västmanlands län', shortName: 'Västmanland' },
  { code: '20', name: 'Dalarnas län', shortName: 'Dalarna' },
  { code: '21', name: 'Gävleborgs län', shortName: 'Gävleborg' },
  { code: '22', name: 'Västernorrlands län', shortName: 'Västernorrland' },
  { code: '23', name: 'Jämtlands län', shortName: 'Jämtland' },
  { code: '24', name: 'Västerbottens län', shortName: 'Västerbotten' },
  { code: '25', name: 'Norrbottens län', shortName: 'Norrbotten' },
];

const countiesByCode = new Map(COUNTIES.map((county) => [county.code, county]));

export function countyByCode(code: string): County | undefined {
  return countiesByCode.get(code);
}
