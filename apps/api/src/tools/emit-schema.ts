import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Type } from '@nestjs/common';
import { ENTRY_PROVIDER_WATERMARK } from '@nestjs/common/constants';
import { NestFactory } from '@nestjs/core';
import {
  GraphQLSchemaBuilderModule,
  GraphQLSchemaFactory,
  RESOLVER_TYPE_METADATA,
} from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { FEATURE_MODULES } from '../app/feature-modules';

type ModuleRef =
  { providers?: unknown[]; imports?: unknown[] } | (abstract new (...args: never[]) => unknown);

/** `@Resolver(() => T)` records its type; a bare `@Resolver()` only marks the class as an entry provider. */
function isResolver(provider: object): boolean {
  return (
    Reflect.getMetadata(RESOLVER_TYPE_METADATA, provider) !== undefined ||
    Reflect.getMetadata(ENTRY_PROVIDER_WATERMARK, provider) === true
  );
}

/** Resolver classes declared by a module and the modules it imports, without starting anything. */
function collectResolvers(
  module: ModuleRef,
  found = new Set<Type<unknown>>(),
  seen = new Set<unknown>(),
): Set<Type<unknown>> {
  if (seen.has(module)) return found;
  seen.add(module);
  const meta = (key: string) =>
    typeof module === 'function'
      ? ((Reflect.getMetadata(key, module) as unknown[] | undefined) ?? [])
      : ((module as Record<string, unknown[] | undefined>)[key] ?? []);
  for (const provider of meta('providers')) {
    if (typeof provider === 'function' && isResolver(provider))
      found.add(provider as Type<unknown>);
  }
  for (const imported of meta('imports')) collectResolvers(imported as ModuleRef, found, seen);
  return found;
}

/** Writes apps/api/schema.gql, sorted, from the resolvers' decorators: the contract partners see. */
export async function emitSchema(
  path = join(__dirname, '..', '..', 'schema.gql'),
): Promise<string> {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  await app.init();
  const resolvers = new Set<Type<unknown>>();
  for (const module of FEATURE_MODULES) collectResolvers(module, resolvers);
  const schema = await app.get(GraphQLSchemaFactory).create([...resolvers]);
  await app.close();
  const sdl = `# Generated from the resolvers by \`npm run schema\`: do not edit by hand.\n\n${printSchema(lexicographicSortSchema(schema))}\n`;
  writeFileSync(path, sdl);
  return path;
}

if (require.main === module) {
  emitSchema().then(
    (path) => console.log(`GraphQL schema written to ${path}`),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
