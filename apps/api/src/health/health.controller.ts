import { Controller, Get, HttpCode, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import type { Meilisearch } from 'meilisearch';
import { MEILISEARCH } from '@passerelle/api-core';
import { SearchIndexMonitor } from '@passerelle/api-search';

type CheckResult = { status: 'up' } | { status: 'down'; reason: string };

const CHECK_TIMEOUT_MS = 2_000;

async function check(work: () => Promise<unknown>): Promise<CheckResult> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      work(),
      new Promise((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)),
          CHECK_TIMEOUT_MS,
        );
      }),
    ]);
    return { status: 'up' };
  } catch (error) {
    return { status: 'down', reason: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
}

@Controller()
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(MEILISEARCH) private readonly meilisearch: Meilisearch,
    private readonly searchIndex: SearchIndexMonitor,
  ) {}

  /** Liveness: the process answers. */
  @Get('health')
  @HttpCode(200)
  health() {
    return { status: 'ok' };
  }

  /** Readiness: every server the API needs answers; 503 says which does not and why. */
  @Get('ready')
  async ready(@Res({ passthrough: true }) res: Response) {
    const [postgres, meilisearch] = await Promise.all([
      check(() => this.dataSource.query('SELECT 1')),
      check(() => this.meilisearch.health()),
    ]);
    const checks = { postgres, meilisearch };
    const ready = Object.values(checks).every((c) => c.status === 'up');
    res.status(ready ? 200 : 503);
    return {
      status: ready ? 'ready' : 'unavailable',
      checks,
      index: await this.searchIndex.readiness(),
    };
  }
}
