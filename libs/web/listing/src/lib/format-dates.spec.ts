import { formatDateRange, formatFrenchDate } from './format-dates';

describe(formatFrenchDate.name, () => {
  it('writes the day, the month in words and the year', () => {
    expect(formatFrenchDate('2027-01-05T00:00:00.000Z')).toBe('5 janvier 2027');
    expect(formatFrenchDate('2027-08-15T10:00:00.000Z')).toBe('15 août 2027');
  });

  it('writes the first day of a month "1er"', () => {
    expect(formatFrenchDate('2027-03-01T12:00:00.000Z')).toBe('1er mars 2027');
  });

  it('takes the day in Paris, not in UTC', () => {
    // 23:30 UTC on 31 December 2026 is already 1 January 2027 in Paris (UTC+1).
    expect(formatFrenchDate('2026-12-31T23:30:00.000Z')).toBe('1er janvier 2027');
    // 22:30 UTC on 30 June is 00:30 on 1 July in Paris (summer time, UTC+2).
    expect(formatFrenchDate('2027-06-30T22:30:00.000Z')).toBe('1er juillet 2027');
  });

  it('gives an empty text for an unreadable date', () => {
    expect(formatFrenchDate('pas une date')).toBe('');
  });
});

describe(formatDateRange.name, () => {
  it('gives both ends of a period', () => {
    expect(formatDateRange('2027-01-05T09:00:00.000Z', '2027-06-30T18:00:00.000Z')).toBe(
      'Du 5 janvier 2027 au 30 juin 2027',
    );
  });

  it('gives a single day once', () => {
    expect(formatDateRange('2027-05-08T08:00:00.000Z', '2027-05-08T16:00:00.000Z')).toBe(
      'Le 8 mai 2027',
    );
  });

  it('says "à partir du" without an end', () => {
    expect(formatDateRange('2027-01-05T09:00:00.000Z', null)).toBe('À partir du 5 janvier 2027');
  });

  it('says "jusqu\'au" without a start', () => {
    expect(formatDateRange(null, '2027-09-01T09:00:00.000Z')).toBe("Jusqu'au 1er septembre 2027");
  });

  it('gives nothing without dates', () => {
    expect(formatDateRange(null, null)).toBeNull();
    expect(formatDateRange(undefined, 'pas une date')).toBeNull();
  });
});
