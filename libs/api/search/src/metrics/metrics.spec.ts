import { Counter, Gauge, Histogram, MetricsRegistry } from './metrics';

describe(MetricsRegistry.name, () => {
  it('renders counters, histograms and gauges in the Prometheus text format', async () => {
    const registry = new MetricsRegistry();
    const counter = registry.register(new Counter('x_total', 'Things.'));
    const histogram = registry.register(new Histogram('x_seconds', 'Time.', [0.1, 1]));
    registry.register(new Gauge('x_lag', 'Lag.', () => 4.5));
    registry.register(
      new Gauge('x_broken', 'Broken.', () => {
        throw new Error('down');
      }),
    );
    counter.inc({ outcome: 'ok' });
    counter.inc({ outcome: 'ok' }, 2);
    histogram.observe(0.05, { outcome: 'ok' });
    histogram.observe(0.5, { outcome: 'ok' });
    const text = await registry.render();
    expect(text).toContain('# TYPE x_total counter\nx_total{outcome="ok"} 3');
    expect(text).toContain('x_seconds_bucket{outcome="ok",le="0.1"} 1');
    expect(text).toContain('x_seconds_bucket{outcome="ok",le="1"} 2');
    expect(text).toContain('x_seconds_bucket{outcome="ok",le="+Inf"} 2');
    expect(text).toContain('x_seconds_count{outcome="ok"} 2');
    expect(text).toContain('# TYPE x_lag gauge\nx_lag 4.5');
    expect(text).toContain('x_broken NaN');
    expect(() => registry.register(new Counter('x_total', 'Again.'))).toThrow();
  });
});
