/** One autocannon load and its latency percentiles: the measuring step of `npm run bench` and of
 *  scripts/bench-pipeline.ts. */
import autocannon from 'autocannon';

export function percentile(sorted: number[], p: number) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export interface Row {
  name: string;
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  errors: number;
  note?: string;
}

export interface LoadOpts {
  method?: 'GET' | 'POST';
  body?: string;
  headers?: Record<string, string>;
  okStatus?: number;
  /** clients at once (default `--connections`) */
  connections?: number;
  /** every request from its own client address (X-Forwarded-For), as a crowd of residents: the
   *  public API's limit of 60 a minute per address then never refuses one */
  crowd?: boolean;
}

let crowdAddress = 0;
function nextCrowdAddress(): string {
  crowdAddress++;
  return `10.${(crowdAddress >> 16) & 255}.${(crowdAddress >> 8) & 255}.${crowdAddress & 255}`;
}

export function load(name: string, url: string, cookie: string, opts: LoadOpts, dur: number): Promise<Row> {
  return new Promise((resolve, reject) => {
    const latencies: number[] = [];
    let errors = 0;
    const inst = autocannon(
      {
        url,
        connections: opts.connections ?? 50,
        duration: dur,
        ...(opts.crowd
          ? {
              setupClient: (client: autocannon.Client) => {
                const headers = (): Record<string, string> => ({
                  cookie,
                  'x-forwarded-for': nextCrowdAddress(),
                  ...opts.headers,
                });
                client.setHeaders(headers());
                client.on('response', () => client.setHeaders(headers()));
              },
            }
          : {}),
        method: opts.method ?? 'GET',
        body: opts.body,
        headers: { cookie, ...(opts.body ? { 'content-type': 'application/json' } : {}), ...opts.headers },
      },
      (err, result) => {
        if (err) return reject(err);
        latencies.sort((a, b) => a - b);
        resolve({
          name,
          p50: percentile(latencies, 50),
          p95: percentile(latencies, 95),
          p99: percentile(latencies, 99),
          rps: result.requests.average,
          errors: errors + result.errors + result.timeouts,
        });
      },
    );
    inst.on('response', (_client: unknown, status: number, _bytes: number, time: number) => {
      latencies.push(time);
      if (status >= 400 && status !== opts.okStatus) errors++;
    });
  });
}
