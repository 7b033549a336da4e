import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import { formatGraphQLError } from '@passerelle/api-core';
import { queryLimitsPlugin } from './query-limits.plugin';

const logger = new Logger('GraphQL');

/** Apollo settings shared by the running API and the schema emitter. */
export function graphqlOptions(): ApolloDriverConfig {
  return {
    driver: ApolloDriver,
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    introspection: true,
    playground: false,
    includeStacktraceInErrorResponses: false,
    // No cache hints are used: without the default cache-control plugin, Apollo does not wrap
    // every field resolver with its per-field hook (a search page resolves ~1,000 fields).
    plugins: [ApolloServerPluginCacheControlDisabled(), queryLimitsPlugin()],
    formatError: (formatted) =>
      formatGraphQLError(formatted, (unexpected) =>
        logger.error(
          { message: unexpected.message, path: unexpected.path },
          'Unexpected GraphQL error',
        ),
      ),
    context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res }),
  };
}
