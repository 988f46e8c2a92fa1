import { groupKey } from '../services/groupKeys';
import { ReportDimension } from '../types/reportDimension';

test('each dimension’s key fills its own field, and entities are references by key', () => {
  expect(groupKey([ReportDimension.COUNTY], '01')).toEqual({ key: '01', county: { code: '01' } });
  expect(groupKey([ReportDimension.MUNICIPALITY], '0114')).toEqual({ key: '0114', municipality: { code: '0114' } });
  expect(groupKey([ReportDimension.OFFICE], 'SOL')).toEqual({ key: 'SOL', office: { id: 'SOL' } });
  expect(groupKey([ReportDimension.ORGANISER_TYPE], 'MUNICIPAL')).toEqual({
    key: 'MUNICIPAL',
    organiserType: 'MUNICIPAL',
  });
  expect(groupKey([ReportDimension.SCHOOL_FORM], 'GRUNDSKOLA')).toEqual({
    key: 'GRUNDSKOLA',
    schoolForm: 'GRUNDSKOLA',
  });
  expect(groupKey([ReportDimension.SOCIO_ECONOMIC_BAND], '4')).toEqual({ key: '4', socioEconomicBand: 4 });
  expect(groupKey([ReportDimension.YEAR], '2025')).toEqual({ key: '2025', year: 2025 });
  expect(groupKey([ReportDimension.KIND], 'ADVICE')).toEqual({ key: 'ADVICE', kind: 'ADVICE' });
  expect(groupKey([ReportDimension.ORIGIN], 'OUTREACH')).toEqual({ key: 'OUTREACH', origin: 'OUTREACH' });
});

test('a key of several dimensions sets a field for each part, in the order the statements join them', () => {
  expect(groupKey([ReportDimension.OFFICE, ReportDimension.YEAR, ReportDimension.ORIGIN], 'SOL|2025|REQUEST')).toEqual({
    key: 'SOL|2025|REQUEST',
    office: { id: 'SOL' },
    year: 2025,
    origin: 'REQUEST',
  });
});
