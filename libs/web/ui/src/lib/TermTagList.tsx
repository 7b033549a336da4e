import { fr } from '@codegouvfr/react-dsfr';
import { Tag } from '@codegouvfr/react-dsfr/Tag';
import type { TaxonomyTerm } from './taxonomy-term';

export interface TermTagListProps {
  readonly terms: readonly TaxonomyTerm[];
  /** Accessible name of the list, when the heading above it does not already give one. */
  readonly label?: string;
  readonly labelledBy?: string;
}

/** Taxonomy terms (domains, activities) as a DSFR tag group, one list item per term. */
export function TermTagList({ terms, label, labelledBy }: TermTagListProps) {
  return (
    <ul className={fr.cx('fr-tags-group')} aria-label={label} aria-labelledby={labelledBy}>
      {terms.map((term) => (
        <li key={term.slug}>
          <Tag>{term.label}</Tag>
        </li>
      ))}
    </ul>
  );
}
