import {
  GeoPrecision,
  ListingKind,
  RemoteMode,
  type ListingInput,
} from '@passerelle/shared-domain';
import { IngestErrorCode, type IngestIssue } from './ingest.errors';
import { aListingInput, anAddress, NOW } from './testing/listing-input.factory';
import { prepareListing, type PrepareOptions, type PrepareResult } from './validate-and-normalize';

function prepare(input: ListingInput, options: PrepareOptions = {}): PrepareResult {
  return prepareListing(input, { now: NOW, ...options });
}

function accepted(input: ListingInput, options: PrepareOptions = {}) {
  const result = prepare(input, options);
  if (!result.ok) throw new Error(`rejected: ${JSON.stringify(result.errors)}`);
  return result;
}

function rejected(input: ListingInput, options: PrepareOptions = {}) {
  const result = prepare(input, options);
  if (result.ok) throw new Error('accepted');
  return result;
}

const codes = (issues: readonly IngestIssue[]) => issues.map((i) => i.code);

describe(prepareListing.name, () => {
  it('accepts a complete listing with no warning and normalizes it', () => {
    const { listing, warnings } = accepted(aListingInput());
    expect(warnings).toEqual([]);
    expect(listing).toMatchObject({
      externalId: 'jva-48213',
      kind: ListingKind.NEED,
      title: 'Distribution alimentaire aux familles du quartier',
      domain: 'solidarite-insertion',
      activities: ['distribution'],
      remote: RemoteMode.ONSITE,
      places: 4,
      startsAt: '2025-03-04T00:00:00.000Z',
      endsAt: '2025-06-24T00:00:00.000Z',
      postedAt: null,
      flags: { openToMinors: null, reducedMobilityAccessible: null, closeToTransport: null },
      applyUrl: 'https://www.jeveuxaider.gouv.fr/missions-benevolat/48213/distribution-alimentaire',
      url: null,
      imageUrl: null,
    });
    expect(listing.summary).toBe(
      'Les Restos du Cœur de Lyon cherchent des bénévoles pour la distribution alimentaire du mardi matin.',
    );
    expect(listing.locations).toEqual([
      {
        street: '12 rue Paul Bert',
        postalCode: '69003',
        city: 'Lyon',
        cityCode: '69383',
        departmentCode: '69',
        regionCode: '84',
        lat: 45.7578,
        lon: 4.8456,
        precision: GeoPrecision.ADDRESS,
      },
    ]);
    expect(listing.organization).toEqual({
      externalId: 'org-17',
      name: 'Les Restaurants du Cœur',
      normalizedName: 'les restaurants du coeur',
      rna: 'W691234567',
      siren: null,
      url: null,
    });
  });

  it('reports every error of an item with every field wrong, not only the first', () => {
    const { errors } = rejected({
      externalId: '  ',
      kind: 'BESOIN' as ListingKind,
      title: '',
      description: '<script>alert(1)</script>',
      applyUrl: 'javascript:alert(1)',
      url: 'www.exemple.fr/mission',
      domain: 'Jardinage solidaire',
      remote: 'sometimes' as RemoteMode,
      places: 0,
      startsAt: '31/02/2025',
      endsAt: 'bientôt',
      addresses: [{ lat: 45.0, lon: -5.0 }],
    });
    expect(codes(errors).sort()).toEqual(
      [
        IngestErrorCode.EXTERNAL_ID_MISSING,
        IngestErrorCode.KIND_INVALID,
        IngestErrorCode.TITLE_MISSING,
        IngestErrorCode.DESCRIPTION_MISSING,
        IngestErrorCode.APPLY_URL_INVALID,
        IngestErrorCode.URL_INVALID,
        IngestErrorCode.DOMAIN_UNKNOWN,
        IngestErrorCode.REMOTE_MODE_INVALID,
        IngestErrorCode.PLACES_INVALID,
        IngestErrorCode.DATE_INVALID,
        IngestErrorCode.DATE_INVALID,
        IngestErrorCode.COORDINATES_OUTSIDE_FRANCE,
      ].sort(),
    );
    expect(errors.every((e) => e.severity === 'error' && e.message.length > 0)).toBe(true);
    expect(errors.find((e) => e.code === IngestErrorCode.COORDINATES_OUTSIDE_FRANCE)?.path).toBe(
      'addresses[0].lat',
    );
    expect(errors.find((e) => e.code === IngestErrorCode.DATE_INVALID)?.path).toBe('startsAt');
  });

  it('rejects a listing without title, externalId, description or apply URL', () => {
    const { errors } = rejected({ externalId: '', title: '   ', description: '', applyUrl: '' });
    expect(codes(errors)).toEqual([
      IngestErrorCode.EXTERNAL_ID_MISSING,
      IngestErrorCode.TITLE_MISSING,
      IngestErrorCode.DESCRIPTION_MISSING,
      IngestErrorCode.APPLY_URL_MISSING,
    ]);
    expect(errors[0]?.message).toBe(
      "L'identifiant de l'annonce chez le partenaire (externalId) est obligatoire.",
    );
  });

  it('rejects a title over 200 characters and flags a one-word title', () => {
    expect(codes(rejected(aListingInput({ title: 'Bénévole '.repeat(30) })).errors)).toEqual([
      IngestErrorCode.TITLE_TOO_LONG,
    ]);
    expect(codes(accepted(aListingInput({ title: 'Maraude' })).warnings)).toEqual([
      IngestErrorCode.TITLE_TOO_SHORT,
    ]);
  });

  it('rejects a description over 20,000 characters', () => {
    const description = `<p>${'Accompagnement des personnes âgées isolées. '.repeat(500)}</p>`;
    expect(codes(rejected(aListingInput({ description })).errors)).toEqual([
      IngestErrorCode.DESCRIPTION_TOO_LONG,
    ]);
  });

  it('rejects 0 or negative places and a fractional number', () => {
    for (const places of [0, -3, 2.5]) {
      const { errors } = rejected(aListingInput({ places }));
      expect(errors).toEqual([
        expect.objectContaining({ code: IngestErrorCode.PLACES_INVALID, path: 'places' }),
      ]);
    }
  });

  it('rejects an unknown domain', () => {
    const { errors } = rejected(aListingInput({ domain: 'Philatélie' }));
    expect(errors).toEqual([
      expect.objectContaining({ code: IngestErrorCode.DOMAIN_UNKNOWN, path: 'domain' }),
    ]);
    expect(errors[0]?.message).toContain('« Philatélie »');
  });

  it('rejects an end date before the start date', () => {
    const { errors } = rejected(aListingInput({ startsAt: '15/06/2025', endsAt: '2025-06-01' }));
    expect(errors).toEqual([
      expect.objectContaining({ code: IngestErrorCode.END_BEFORE_START, path: 'endsAt' }),
    ]);
  });

  it('rejects 31/02/2025, a day that does not exist', () => {
    const { errors } = rejected(aListingInput({ startsAt: '31/02/2025' }));
    expect(errors).toEqual([
      expect.objectContaining({ code: IngestErrorCode.DATE_INVALID, path: 'startsAt' }),
    ]);
  });

  it('reads 01/02/2025 as 1 February, day first, and flags it as ambiguous', () => {
    const { listing, warnings } = accepted(aListingInput({ startsAt: '01/02/2025', endsAt: null }));
    expect(listing.startsAt).toBe('2025-02-01T00:00:00.000Z');
    expect(warnings).toEqual([
      expect.objectContaining({ code: IngestErrorCode.DATE_AMBIGUOUS, path: 'startsAt' }),
    ]);
  });

  it('accepts ISO datetimes, dd-mm-yyyy and dd/mm/yyyy dates', () => {
    const { listing } = accepted(
      aListingInput({
        startsAt: '2025-03-04T09:30:00+01:00',
        endsAt: '24-06-2025',
        postedAt: '13/02/2025',
      }),
    );
    expect(listing.startsAt).toBe('2025-03-04T08:30:00.000Z');
    expect(listing.endsAt).toBe('2025-06-24T00:00:00.000Z');
    expect(listing.postedAt).toBe('2025-02-13T00:00:00.000Z');
  });

  it('warns when the end date is already past or the posting date is in the future', () => {
    const { warnings } = accepted(
      aListingInput({ startsAt: '2024-09-01', endsAt: '2024-12-20', postedAt: '2025-05-01' }),
    );
    expect(codes(warnings)).toEqual([
      IngestErrorCode.END_IN_PAST,
      IngestErrorCode.POSTED_IN_FUTURE,
    ]);
  });

  it('defaults the kind to NEED and the remote mode to ONSITE', () => {
    const { listing } = accepted(aListingInput({ kind: null, remote: undefined }));
    expect(listing.kind).toBe(ListingKind.NEED);
    expect(listing.remote).toBe(RemoteMode.ONSITE);
  });

  it("reads the exchange format's remote values", () => {
    expect(accepted(aListingInput({ remote: 'possible' as RemoteMode })).listing.remote).toBe(
      RemoteMode.HYBRID,
    );
    expect(accepted(aListingInput({ remote: 'full' as RemoteMode })).listing.remote).toBe(
      RemoteMode.REMOTE,
    );
    expect(accepted(aListingInput({ remote: 'local' as RemoteMode })).listing.remote).toBe(
      RemoteMode.ONSITE,
    );
    expect(accepted(aListingInput({ kind: 'offer' as ListingKind })).listing.kind).toBe(
      ListingKind.OFFER,
    );
  });

  it('strips control characters from text and reports them', () => {
    const { listing, warnings } = accepted(
      aListingInput({
        title: 'Aide\u0007 aux devoirs\u0000 au collège',
        schedule: 'Mercredi\u0008 après-midi',
      }),
    );
    expect(listing.title).toBe('Aide aux devoirs au collège');
    expect(listing.schedule).toBe('Mercredi après-midi');
    expect(warnings).toEqual([
      expect.objectContaining({ code: IngestErrorCode.CONTROL_CHARACTERS_STRIPPED, path: 'title' }),
      expect.objectContaining({
        code: IngestErrorCode.CONTROL_CHARACTERS_STRIPPED,
        path: 'schedule',
      }),
    ]);
  });

  it('trims text, collapses whitespace and decodes entities in titles', () => {
    const { listing } = accepted(
      aListingInput({ externalId: '  jva-1 ', title: '  Aide &amp; écoute\n  en EHPAD ' }),
    );
    expect(listing.externalId).toBe('jva-1');
    expect(listing.title).toBe('Aide & écoute en EHPAD');
  });

  it('strips <script> and onerror= from the description and keeps the allowed markup', () => {
    const { listing } = accepted(
      aListingInput({
        description:
          '<h1>Mission</h1><p onclick="steal()">Aidez-nous <img src="x" onerror="alert(1)"><script>alert(1)</script>' +
          '<a href="javascript:alert(1)">ici</a> ou <a href="https://www.restosducoeur.org" target="_blank">là</a>.</p>',
      }),
    );
    expect(listing.description).toBe(
      '<h2>Mission</h2><p>Aidez-nous ici ou <a href="https://www.restosducoeur.org" rel="noopener nofollow">là</a>.</p>',
    );
    expect(listing.summary).toBe('Mission Aidez-nous ici ou là.');
  });

  it('turns a plain-text description into paragraphs', () => {
    const { listing } = accepted(
      aListingInput({
        description: 'Collecte nationale les 28 et 29 novembre.\n\nPrévoir 3 h & des gants.',
      }),
    );
    expect(listing.description).toBe(
      '<p>Collecte nationale les 28 et 29 novembre.</p><p>Prévoir 3 h &amp; des gants.</p>',
    );
    expect(listing.summary).toBe(
      'Collecte nationale les 28 et 29 novembre. Prévoir 3 h & des gants.',
    );
  });

  it('cuts the summary at a word boundary under 300 characters', () => {
    const sentence = 'Le Secours populaire recherche des bénévoles pour accompagner les familles. ';
    const { listing } = accepted(aListingInput({ description: `<p>${sentence.repeat(8)}</p>` }));
    expect(listing.summary.length).toBeLessThanOrEqual(300);
    expect(listing.summary.endsWith('…')).toBe(true);
    expect(sentence.repeat(8)).toContain(listing.summary.slice(0, -1));
    expect(listing.summary.slice(0, -1).endsWith(' ')).toBe(false);
  });

  it('refuses relative or non-http URLs and drops an invalid image URL with a warning', () => {
    expect(rejected(aListingInput({ applyUrl: '/missions/48213' })).errors).toEqual([
      expect.objectContaining({ code: IngestErrorCode.APPLY_URL_INVALID, path: 'applyUrl' }),
    ]);
    expect(codes(rejected(aListingInput({ url: 'ftp://exemple.fr/mission' })).errors)).toEqual([
      IngestErrorCode.URL_INVALID,
    ]);
    const { listing, warnings } = accepted(aListingInput({ imageUrl: 'images/affiche.png' }));
    expect(listing.imageUrl).toBeNull();
    expect(warnings).toEqual([
      expect.objectContaining({ code: IngestErrorCode.URL_INVALID, path: 'imageUrl' }),
    ]);
  });

  it('keeps a listing with no place that is not remote and flags it, without a point', () => {
    const { listing, warnings } = accepted(aListingInput({ addresses: [] }));
    expect(listing.locations).toEqual([]);
    expect(warnings).toEqual([
      expect.objectContaining({
        code: IngestErrorCode.LOCATION_MISSING,
        path: 'addresses',
        severity: 'warning',
      }),
    ]);
    expect(
      codes(accepted(aListingInput({ addresses: null, remote: RemoteMode.HYBRID })).warnings),
    ).toEqual([IngestErrorCode.LOCATION_MISSING]);
  });

  it('does not ask a fully remote listing for a place', () => {
    expect(accepted(aListingInput({ addresses: [], remote: RemoteMode.REMOTE })).warnings).toEqual(
      [],
    );
  });

  it('falls back to the commune centroid when the coordinates are in the ocean', () => {
    const { listing, warnings } = accepted(
      aListingInput({ addresses: [anAddress({ lat: 45.0, lon: -5.0 })] }),
    );
    expect(warnings).toEqual([
      expect.objectContaining({
        code: IngestErrorCode.COORDINATES_OUTSIDE_FRANCE,
        path: 'addresses[0].lat',
      }),
    ]);
    expect(listing.locations[0]).toMatchObject({
      cityCode: '69383',
      lat: 45.75336,
      lon: 4.86919,
      precision: 'CITY',
    });
  });

  it('fixes swapped coordinates', () => {
    const { listing, warnings } = accepted(
      aListingInput({ addresses: [anAddress({ lat: 4.8456, lon: 45.7578 })] }),
    );
    expect(codes(warnings)).toEqual([IngestErrorCode.COORDINATES_SWAPPED]);
    expect(listing.locations[0]).toMatchObject({ lat: 45.7578, lon: 4.8456, precision: 'ADDRESS' });
  });

  it('reads booleans written as yes/no or oui/non', () => {
    const { listing, warnings } = accepted(
      aListingInput({
        openToMinors: 'yes' as unknown as boolean,
        reducedMobilityAccessible: 'non' as unknown as boolean,
        closeToTransport: 'peut-être' as unknown as boolean,
      }),
    );
    expect(listing.flags).toEqual({
      openToMinors: true,
      reducedMobilityAccessible: false,
      closeToTransport: null,
    });
    expect(warnings).toEqual([
      expect.objectContaining({ code: IngestErrorCode.BOOLEAN_INVALID, path: 'closeToTransport' }),
    ]);
  });

  it('keeps tags trimmed and without duplicates', () => {
    const { listing } = accepted(
      aListingInput({ tags: [' Alimentation ', 'alimentation', 'Précarité', ''] }),
    );
    expect(listing.tags).toEqual(['Alimentation', 'Précarité']);
  });

  it('rejects something that is not an object at all', () => {
    const result = prepare(null as unknown as ListingInput);
    expect(result.ok).toBe(false);
  });
});
