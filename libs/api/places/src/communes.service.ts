import { Injectable } from '@nestjs/common';
import { AppError, ErrorCode } from '@passerelle/api-core';
import { searchCommunes } from '@passerelle/api-geo';
import type { CommuneObject } from './commune.object';
import { toCommuneObject } from './commune.mapper';

export const DEFAULT_COMMUNES = 10;
export const MAX_COMMUNES = 20;
export const MAX_COMMUNE_QUERY_LENGTH = 100;

/** Commune autocomplete over the shipped table (in memory: no database, no search engine). */
@Injectable()
export class CommunesService {
  /**
   * Communes whose name (accents, case, punctuation and a leading article ignored) or postal
   * code starts with the query, larger communes first; `first` is capped at MAX_COMMUNES.
   */
  search(query: string, first?: number | null): CommuneObject[] {
    const trimmed = query.replace(/\s+/g, ' ').trim();
    if (trimmed.length > MAX_COMMUNE_QUERY_LENGTH) {
      throw new AppError(
        ErrorCode.BAD_USER_INPUT,
        `Recherche de commune trop longue : ${trimmed.length} caractères (au plus ${MAX_COMMUNE_QUERY_LENGTH}).`,
        { field: 'query' },
      );
    }
    if (first !== null && first !== undefined && (!Number.isInteger(first) || first < 1)) {
      throw new AppError(
        ErrorCode.BAD_USER_INPUT,
        `« first » doit être un entier positif (reçu ${first}).`,
        { field: 'first', value: first },
      );
    }
    if (!trimmed) return [];
    const limit = Math.min(first ?? DEFAULT_COMMUNES, MAX_COMMUNES);
    return searchCommunes(trimmed, limit).map((commune) => toCommuneObject(commune, trimmed));
  }
}
