import { createHash } from 'node:crypto';
import { DefaultNamingStrategy, type NamingStrategyInterface, type Table } from 'typeorm';

/** PostgreSQL truncates identifiers longer than this (NAMEDATALEN - 1). */
const MAX_IDENTIFIER_LENGTH = 63;

/** `contactEmail` → `contact_email`, `APIKey` → `api_key`, `line2Text` → `line2_text`. */
export function snakeCase(value: string): string {
  return value
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .replace(/[\s.-]+/g, '_')
    .toLowerCase();
}

/** A readable constraint name, shortened with a stable hash when PostgreSQL would truncate it. */
function constraintName(prefix: string, table: string, parts: string[]): string {
  const name = [prefix, table, ...parts].join('_');
  if (name.length <= MAX_IDENTIFIER_LENGTH) return name;
  const hash = createHash('sha1').update(name).digest('hex').slice(0, 8);
  return `${name.slice(0, MAX_IDENTIFIER_LENGTH - hash.length - 1)}_${hash}`;
}

/**
 * snake_case tables and columns, and readable, deterministic constraint names
 * (`pk_listing`, `fk_listing_source_partner_id`, `idx_listing_location_listing_id`) so that
 * generated migrations are stable and error messages name the constraint that failed.
 */
export class SnakeNamingStrategy extends DefaultNamingStrategy implements NamingStrategyInterface {
  override tableName(targetName: string, userSpecifiedName: string | undefined): string {
    return userSpecifiedName ?? snakeCase(targetName.replace(/Entity$/, ''));
  }

  override columnName(
    propertyName: string,
    customName: string | undefined,
    embeddedPrefixes: string[],
  ): string {
    return snakeCase([...embeddedPrefixes, customName ?? propertyName].join('_'));
  }

  override relationName(propertyName: string): string {
    return snakeCase(propertyName);
  }

  override joinColumnName(relationName: string, referencedColumnName: string): string {
    return snakeCase(`${relationName}_${referencedColumnName}`);
  }

  override joinTableName(
    firstTableName: string,
    secondTableName: string,
    firstPropertyName: string,
  ): string {
    return snakeCase(
      `${firstTableName}_${firstPropertyName.replace(/\./g, '_')}_${secondTableName}`,
    );
  }

  override joinTableColumnName(
    tableName: string,
    propertyName: string,
    columnName?: string,
  ): string {
    return snakeCase(`${tableName}_${columnName ?? propertyName}`);
  }

  override primaryKeyName(tableOrName: Table | string, _columnNames?: string[]): string {
    return constraintName('pk', this.getTableName(tableOrName), []);
  }

  override uniqueConstraintName(tableOrName: Table | string, columnNames: string[]): string {
    return constraintName('uq', this.getTableName(tableOrName), columnNames);
  }

  override relationConstraintName(
    tableOrName: Table | string,
    columnNames: string[],
    where?: string,
  ): string {
    return constraintName(
      'rel',
      this.getTableName(tableOrName),
      where ? [...columnNames, hashOf(where)] : columnNames,
    );
  }

  override defaultConstraintName(tableOrName: Table | string, columnName: string): string {
    return constraintName('df', this.getTableName(tableOrName), [columnName]);
  }

  override foreignKeyName(tableOrName: Table | string, columnNames: string[]): string {
    return constraintName('fk', this.getTableName(tableOrName), columnNames);
  }

  override indexName(tableOrName: Table | string, columnNames: string[], where?: string): string {
    return constraintName(
      'idx',
      this.getTableName(tableOrName),
      where ? [...columnNames, hashOf(where)] : columnNames,
    );
  }

  override checkConstraintName(
    tableOrName: Table | string,
    expression: string,
    isEnum?: boolean,
  ): string {
    return constraintName(isEnum ? 'enum' : 'chk', this.getTableName(tableOrName), [
      hashOf(expression),
    ]);
  }

  override exclusionConstraintName(tableOrName: Table | string, expression: string): string {
    return constraintName('xcl', this.getTableName(tableOrName), [hashOf(expression)]);
  }
}

function hashOf(expression: string): string {
  return createHash('sha1').update(expression).digest('hex').slice(0, 8);
}
