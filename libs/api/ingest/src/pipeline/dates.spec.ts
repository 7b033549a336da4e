import { parseLenientDate } from './dates';

describe(parseLenientDate.name, () => {
  it.each([
    ['2025-02-01', '2025-02-01T00:00:00.000Z', false],
    ['2025-02-01T10:30:00Z', '2025-02-01T10:30:00.000Z', false],
    ['2025-02-01T10:30:00.250+02:00', '2025-02-01T08:30:00.250Z', false],
    ['2025-02-01T10:30+0100', '2025-02-01T09:30:00.000Z', false],
    ['25/12/2025', '2025-12-25T00:00:00.000Z', false],
    ['25-12-2025', '2025-12-25T00:00:00.000Z', false],
    ['25.12.2025', '2025-12-25T00:00:00.000Z', false],
    ['5/3/2025', '2025-03-05T00:00:00.000Z', true],
    ['01/02/2025', '2025-02-01T00:00:00.000Z', true],
    ['03/03/2025', '2025-03-03T00:00:00.000Z', false],
    ['29/02/2024', '2024-02-29T00:00:00.000Z', false],
  ])('reads %s as %s', (raw, iso, ambiguous) => {
    expect(parseLenientDate(raw)).toEqual({ ok: true, iso, ambiguous });
  });

  it('reads a time without offset in Paris time, winter and summer', () => {
    expect(parseLenientDate('2025-01-15T09:00:00')).toEqual({
      ok: true,
      iso: '2025-01-15T08:00:00.000Z',
      ambiguous: false,
    });
    expect(parseLenientDate('15/07/2025 09h00')).toEqual({
      ok: true,
      iso: '2025-07-15T07:00:00.000Z',
      ambiguous: false,
    });
  });

  it.each([
    '31/02/2025',
    '29/02/2025',
    '2025-13-01',
    '00/01/2025',
    '12/25/2025',
    '2025-02-01T25:00:00Z',
    'demain',
    '',
    '1/2/25',
    '01/01/1850',
  ])('refuses %p', (raw) => {
    expect(parseLenientDate(raw)).toEqual({ ok: false });
  });
});
