import { AppError, ErrorCode } from '@passerelle/api-core';
import type { CreatePartnerInput } from './create-partner.input';

export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const SLUG_MAX_LENGTH = 64;
const NAME_MAX_LENGTH = 200;
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface ValidPartnerInput {
  slug: string;
  name: string;
  url: string | null;
  contactEmail: string | null;
}

function invalid(field: string, message: string): AppError {
  return new AppError(ErrorCode.BAD_USER_INPUT, message, { field });
}

function optional(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** Checks and cleans a CreatePartnerInput; the first problem is a BAD_USER_INPUT in French. */
export function validateCreatePartner(input: CreatePartnerInput): ValidPartnerInput {
  const { slug } = input;
  if (!SLUG_PATTERN.test(slug) || slug.length > SLUG_MAX_LENGTH) {
    throw invalid(
      'slug',
      `Identifiant « ${slug.slice(0, SLUG_MAX_LENGTH)} » invalide : utilisez des lettres minuscules sans accent et des chiffres, avec des tirets simples entre les mots (ex. « je-veux-aider »), ${SLUG_MAX_LENGTH} caractères au plus.`,
    );
  }
  const name = input.name.trim();
  if (name === '') throw invalid('name', 'Le nom de la plateforme partenaire est obligatoire.');
  if (name.length > NAME_MAX_LENGTH) {
    throw invalid('name', `Le nom de la plateforme fait au plus ${NAME_MAX_LENGTH} caractères.`);
  }
  const url = optional(input.url);
  if (url !== null && !isHttpUrl(url)) {
    throw invalid('url', 'L’adresse du site doit être une URL commençant par http:// ou https://.');
  }
  const contactEmail = optional(input.contactEmail);
  if (contactEmail !== null && (!EMAIL_PATTERN.test(contactEmail) || contactEmail.length > 254)) {
    throw invalid('contactEmail', 'L’adresse e-mail de contact est invalide.');
  }
  return { slug, name, url, contactEmail };
}
