import { type DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import {
  APP_CONFIG,
  type AppConfig,
  INFRASTRUCTURE,
  type Infrastructure,
  MEILISEARCH,
  createMeilisearchClient,
} from '@passerelle/api-core';
import { AuthModule } from '@passerelle/api-auth';
import { dataSourceOptions } from '@passerelle/api-db';
import { DemoModule } from '@passerelle/api-demo';
import { JobsModule } from '@passerelle/api-jobs';
import { HealthModule } from '../health/health.module';
import { FEATURE_MODULES } from './feature-modules';
import { graphqlOptions } from './graphql.options';

import { loggerOptions } from './logger.options';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, infrastructure: Infrastructure): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        LoggerModule.forRoot(loggerOptions(config)),
        TypeOrmModule.forRoot(dataSourceOptions(infrastructure.databaseUrl)),
        GraphQLModule.forRoot(graphqlOptions()),
        AuthModule, // who is calling, for every GraphQL operation (global ActorGuard)
        JobsModule,
        HealthModule,
        DemoModule,
        ...FEATURE_MODULES,
      ],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: INFRASTRUCTURE, useValue: infrastructure },
        {
          provide: MEILISEARCH,
          useValue: createMeilisearchClient(infrastructure.meiliUrl, infrastructure.meiliMasterKey),
        },
      ],
      exports: [APP_CONFIG, INFRASTRUCTURE, MEILISEARCH],
    };
  }
}
