import { Controller, Get, Header } from '@nestjs/common';
import { SearchMetrics } from './search.metrics';

/** Prometheus scrape endpoint (text format). Keep it on the internal network. */
@Controller()
export class MetricsController {
  constructor(private readonly metrics: SearchMetrics) {}

  @Get('metrics')
  @Header('content-type', 'text/plain; version=0.0.4; charset=utf-8')
  @Header('cache-control', 'no-store')
  render(): Promise<string> {
    return this.metrics.registry.render();
  }
}
