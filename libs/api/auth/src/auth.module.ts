import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ActorGuard } from './actor.guard';
import { ApiKeyService } from './api-key.service';
import { AuthenticationService } from './authentication.service';

/**
 * Who is calling: resolves the actor of every GraphQL operation (global ActorGuard) and
 * manages partners' API keys. Needs APP_CONFIG and TypeORM's DataSource from the app module.
 */
@Module({
  providers: [ApiKeyService, AuthenticationService, { provide: APP_GUARD, useClass: ActorGuard }],
  exports: [ApiKeyService, AuthenticationService],
})
export class AuthModule {}
