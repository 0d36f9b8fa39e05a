package dev.meridian.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Runs one scenario: {@code threads} workers take numbered operations until {@code count} are done or the time
 * limit has passed, and every operation's latency goes into one histogram (microseconds). With a think time each
 * worker pauses before every operation (exponentially distributed around that mean), as a person at a screen
 * does; without one the workers run flat out and the phase measures capacity, not the latency an agent sees.
 */
final class Phase {

	/** One operation; the worker number lets a scenario give each worker its own agent. */
	@FunctionalInterface
	interface Operation {

		void run(int worker, int index) throws Exception;
	}

	/** What a phase measured. */
	record Outcome(String name, long done, long errors, Duration elapsed, Histogram latency, List<String> firstErrors) {

		double perSecond() {
			return done * 1_000_000_000.0 / Math.max(1, elapsed.toNanos());
		}

		double millisAt(double percentile) {
			return latency.getTotalCount() == 0 ? Double.NaN : latency.getValueAtPercentile(percentile) / 1000.0;
		}
	}

	private Phase() {
	}

	static Outcome run(String name, int threads, int count, Duration limit, Operation operation) {
		return run(name, threads, count, limit, Duration.ZERO, operation);
	}

	static Outcome run(String name, int threads, int count, Duration limit, Duration think, Operation operation) {
		Histogram latency = new ConcurrentHistogram(3_600_000_000L, 3);
		AtomicInteger next = new AtomicInteger();
		AtomicLong done = new AtomicLong();
		AtomicLong errors = new AtomicLong();
		List<String> firstErrors = java.util.Collections.synchronizedList(new ArrayList<>());
		long started = System.nanoTime();
		long deadline = started + limit.toNanos();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<?>> workers = new ArrayList<>();
			for (int w = 0; w < threads; w++) {
				int worker = w;
				workers.add(pool.submit(() -> {
					SplittableRandom random = new SplittableRandom(worker);
					int index;
					while (System.nanoTime() < deadline && (index = next.getAndIncrement()) < count) {
						pause(think, random);
						long begin = System.nanoTime();
						try {
							operation.run(worker, index);
							latency.recordValue(Math.max(1, (System.nanoTime() - begin) / 1000));
							done.incrementAndGet();
						}
						catch (Exception | AssertionError e) {
							errors.incrementAndGet();
							if (firstErrors.size() < 5) {
								firstErrors.add(e.toString());
							}
						}
					}
				}));
			}
			for (Future<?> worker : workers) {
				worker.get();
			}
		}
		catch (Exception e) {
			throw new IllegalStateException(name + " failed", e);
		}
		finally {
			pool.shutdownNow();
		}
		Outcome outcome = new Outcome(name, done.get(), errors.get(), Duration.ofNanos(System.nanoTime() - started),
				latency, List.copyOf(firstErrors));
		System.err.printf(java.util.Locale.ROOT,
				"%-17s %6d ops %5d errors %8.1f ops/s p50 %8.1f ms p95 %8.1f ms p99 %8.1f ms (load %s)%n", name,
				outcome.done(), outcome.errors(), outcome.perSecond(), outcome.millisAt(50), outcome.millisAt(95),
				outcome.millisAt(99), loadAverage());
		outcome.firstErrors().forEach(e -> System.err.println("    " + e));
		return outcome;
	}

	/** A think time drawn around the mean, at most five times it, so that a run's length stays bounded. */
	private static void pause(Duration mean, SplittableRandom random) {
		if (mean.isZero()) {
			return;
		}
		double millis = Math.min(5 * mean.toMillis(), -Math.log(1 - random.nextDouble()) * mean.toMillis());
		try {
			Thread.sleep((long) millis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** The machine's one-minute load average, printed with every figure because the cores may be shared. */
	static String loadAverage() {
		try {
			return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
		}
		catch (java.io.IOException | RuntimeException e) {
			return String.format(java.util.Locale.ROOT, "%.2f",
					java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		}
	}
}
