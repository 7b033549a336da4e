import { AppError, encodeCursor } from '@passerelle/api-core';
import { RemoteMode } from '@passerelle/shared-domain';
import { SearchSort } from './search.input';
import { toSearchQuery } from './search-query';

function rejection(input: Parameters<typeof toSearchQuery>[0]) {
  try {
    toSearchQuery(input);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    const app = error as AppError;
    return { code: app.code, message: app.message, extensions: app.extensions };
  }
  throw new Error('expected a rejection');
}

describe(toSearchQuery.name, () => {
  it('normalizes a valid input', () => {
    const query = toSearchQuery({
      text: '  aide   alimentaire ',
      domains: ['sante', 'sante'],
      departmentCodes: ['1', '2a', '971'],
      near: { lat: 45.76, lon: 4.83 },
      first: 500,
      after: encodeCursor('search', [40]),
    });
    expect(query).toMatchObject({
      text: 'aide alimentaire',
      domains: ['sante'],
      departmentCodes: ['01', '2A', '971'],
      radiusKm: 25,
      first: 100,
      offset: 40,
      sort: SearchSort.RELEVANCE,
    });
  });

  it('names an unknown domain slug', () => {
    const error = rejection({ domains: ['sante', 'cuisine'] });
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toContain('« cuisine »');
    expect(error.extensions).toMatchObject({ field: 'domains', value: 'cuisine' });
  });

  it.each([
    [{ activities: ['nope'] }, 'activities'],
    [{ departmentCodes: ['20'] }, 'departmentCodes'],
    [{ partnerSlugs: ['Pas un slug!'] }, 'partnerSlugs'],
    [{ text: 'x'.repeat(201) }, 'text'],
    [{ near: { lat: 95, lon: 2 } }, 'near'],
    [{ near: { lat: 45, lon: Number.NaN } }, 'near'],
    [{ radiusKm: 10 }, 'radiusKm'],
    [{ near: { lat: 45, lon: 4 }, radiusKm: 0 }, 'radiusKm'],
    [{ near: { lat: 45, lon: 4 }, radiusKm: 5_000 }, 'radiusKm'],
    [{ bounds: { south: 46, west: 4, north: 45, east: 5 } }, 'bounds'],
    [{ bounds: { south: 45, west: 5, north: 46, east: 4 } }, 'bounds'],
    [{ bounds: { south: -91, west: 4, north: 45, east: 5 } }, 'bounds'],
    [{ sort: SearchSort.DISTANCE }, 'sort'],
    [{ first: -1 }, 'first'],
    [{ after: 'not-a-cursor' }, 'after'],
    [{ after: encodeCursor('search', [-3]) }, 'after'],
    [
      { availableFrom: new Date('2027-02-01'), availableUntil: new Date('2027-01-01') },
      'availableUntil',
    ],
    [{ domains: Array.from({ length: 51 }, () => 'sante') }, 'domains'],
  ])('refuses %j (field %s)', (input, field) => {
    const error = rejection(input);
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.extensions['field']).toBe(field);
    expect(error.message).toMatch(/[a-zé]/);
  });

  it('keeps remote modes as given', () => {
    expect(toSearchQuery({ remote: [RemoteMode.ONSITE, RemoteMode.ONSITE] }).remote).toEqual([
      RemoteMode.ONSITE,
    ]);
  });
});
