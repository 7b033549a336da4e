import { SnakeNamingStrategy, snakeCase } from './snake-naming.strategy';

describe(SnakeNamingStrategy.name, () => {
  const strategy = new SnakeNamingStrategy();

  it('snake-cases property and class names', () => {
    expect(snakeCase('contactEmail')).toBe('contact_email');
    expect(snakeCase('reducedMobilityAccessible')).toBe('reduced_mobility_accessible');
    expect(snakeCase('APIKey')).toBe('api_key');
    expect(strategy.columnName('lastSyncRunId', undefined, [])).toBe('last_sync_run_id');
    expect(strategy.tableName('SyncRunItemEntity', undefined)).toBe('sync_run_item');
    expect(strategy.joinColumnName('partner', 'id')).toBe('partner_id');
  });

  it('names constraints readably and deterministically', () => {
    expect(strategy.primaryKeyName('listing_source', ['id'])).toBe('pk_listing_source');
    expect(strategy.foreignKeyName('listing_source', ['partner_id'])).toBe(
      'fk_listing_source_partner_id',
    );
    expect(strategy.uniqueConstraintName('listing_source', ['partner_id', 'external_id'])).toBe(
      'uq_listing_source_partner_id_external_id',
    );
    expect(strategy.indexName('outbox_event', ['id'], '"processed_at" IS NULL')).toBe(
      strategy.indexName('outbox_event', ['id'], '"processed_at" IS NULL'),
    );
  });

  it('keeps long names within the 63 characters PostgreSQL allows, and distinct', () => {
    const columns = ['a_rather_long_column_name', 'another_rather_long_column_name'];
    const one = strategy.indexName('a_table_with_a_long_name', columns);
    const two = strategy.indexName('a_table_with_a_long_name', [...columns].reverse());
    expect(one.length).toBeLessThanOrEqual(63);
    expect(two.length).toBeLessThanOrEqual(63);
    expect(one).not.toEqual(two);
  });
});
