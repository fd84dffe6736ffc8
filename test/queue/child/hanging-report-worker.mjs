// A worker process the test kills with SIGKILL mid-report: it takes report jobs and never finishes them.
// argv: <compiled app dir> <redis url> <key prefix>
const [dir, url, prefix] = process.argv.slice(2);
const { startReportWorker } = await import(`${dir}/queue/redis-workers.js`);
const { connectRedis } = await import(`${dir}/queue/redis-queue.js`);
const { pino } = await import("pino");

const marker = connectRedis(url);
startReportWorker({
  redis: connectRedis(url, { blocking: true }),
  log: pino({ level: "silent" }),
  prefix,
  concurrency: 1,
  lockDurationMs: 1500,
  stalledIntervalMs: 500,
  isStale: async () => false,
  run: async (job) => {
    await marker.rpush(`${prefix}:test:started`, `child:${job.number}`);
    await new Promise(() => {});
  },
});
