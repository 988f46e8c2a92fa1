import { registerEnumType } from 'type-graphql';

/** The school forms (skolformer) Lägesbild reports on. Used by schools and by outcome indicators. */
export enum SchoolForm {
  GRUNDSKOLA = 'GRUNDSKOLA',
  GYMNASIESKOLA = 'GYMNASIESKOLA',
  ANPASSAD_GRUNDSKOLA = 'ANPASSAD_GRUNDSKOLA',
  ANPASSAD_GYMNASIESKOLA = 'ANPASSAD_GYMNASIESKOLA',
  SPECIALSKOLA = 'SPECIALSKOLA',
}

registerEnumType(SchoolForm, {
  name: 'SchoolForm',
  description: 'School form (skolform).',
  valuesConfig: {
    GRUNDSKOLA: { description: 'Compulsory school, years 1–9 (grundskola).' },
    GYMNASIESKOLA: { description: 'Upper-secondary school (gymnasieskola).' },
    ANPASSAD_GRUNDSKOLA: {
      description: 'Compulsory school for pupils with intellectual disability (anpassad grundskola).',
    },
    ANPASSAD_GYMNASIESKOLA: {
      description: 'Upper-secondary school for pupils with intellectual disability (anpassad gymnasieskola).',
    },
    SPECIALSKOLA: {
      description: 'Special school run by SPSM, e.g. for deaf or hard-of-hearing pupils (specialskola).',
    },
  },
});
