import type { ListingKindName, RemoteModeName } from './field-mapping';
import { normalizeKey } from '@passerelle/connectors-core';

/** A value table whose keys are compared case-, accent- and spacing-insensitively. */
export class Crosswalk<T extends string> {
  private readonly table = new Map<string, T>();

  /** Later tables override earlier ones. */
  constructor(...tables: Array<Readonly<Record<string, T>> | undefined>) {
    for (const table of tables) {
      for (const [key, value] of Object.entries(table ?? {}))
        this.table.set(normalizeKey(key), value);
    }
  }

  lookup(value: string): T | undefined {
    return this.table.get(normalizeKey(value));
  }
}

/**
 * Remote modes understood without configuration: the national format's words, the enum
 * names and common French labels. "oui"/"yes" is deliberately absent: hybrid or full remote?
 * The partner's crosswalk must say.
 */
export const DEFAULT_REMOTE_MODES: Readonly<Record<string, RemoteModeName>> = {
  no: 'ONSITE',
  non: 'ONSITE',
  false: 'ONSITE',
  local: 'ONSITE',
  onsite: 'ONSITE',
  presentiel: 'ONSITE',
  'sur place': 'ONSITE',
  possible: 'HYBRID',
  hybrid: 'HYBRID',
  hybride: 'HYBRID',
  partiel: 'HYBRID',
  mixte: 'HYBRID',
  full: 'REMOTE',
  remote: 'REMOTE',
  distanciel: 'REMOTE',
  'a distance': 'REMOTE',
  teletravail: 'REMOTE',
  'en ligne': 'REMOTE',
};

export const DEFAULT_KINDS: Readonly<Record<string, ListingKindName>> = {
  need: 'NEED',
  besoin: 'NEED',
  mission: 'NEED',
  demande: 'NEED',
  offer: 'OFFER',
  offre: 'OFFER',
  'offre de contribution': 'OFFER',
  contribution: 'OFFER',
  proposition: 'OFFER',
};
