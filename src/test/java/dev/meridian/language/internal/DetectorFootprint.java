package dev.meridian.language.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.List;

/**
 * Measures the detector's retained heap and throughput, for docs/adr/0004 and docs/performance.md. Not a test: run
 * it in a fresh JVM per mode, since Lingua keeps its models in static fields.
 *
 * <pre>
 * ./mvnw -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx1g -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     dev.meridian.language.internal.DetectorFootprint lazy|preload
 * </pre>
 */
public final class DetectorFootprint {

	private DetectorFootprint() {
	}

	public static void main(String[] args) throws Exception {
		boolean preload = args.length > 0 && args[0].equals("preload");
		int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
		List<String> texts = TestMessages.load("language/messages.tsv").stream().map(TestMessages.Case::text).toList();
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		FollowConfidentDetections policy = new FollowConfidentDetections(15, 0.05);
		DetectableText.of("warm up the text cleaner");
		long base = usedAfterGc(memory);

		long started = System.nanoTime();
		LinguaLanguageDetector detector = new LinguaLanguageDetector(preload, policy);
		long built = System.nanoTime();
		long afterBuild = usedAfterGc(memory);
		System.out.printf("mode=%s languages=%d messages=%d%n", preload ? "preload" : "lazy",
				LinguaLanguageDetector.SUPPORTED.size(), texts.size());
		System.out.printf("build: %d ms, retained heap %.1f MB%n", (built - started) / 1_000_000,
				mb(afterBuild - base));

		started = System.nanoTime();
		detector.detect("Where is my order? I placed it last week.");
		long first = System.nanoTime() - started;
		long afterOne = usedAfterGc(memory);
		System.out.printf("first message (English): %d ms, retained heap %.1f MB%n", first / 1_000_000,
				mb(afterOne - base));

		started = System.nanoTime();
		texts.forEach(detector::detect);
		long firstPass = System.nanoTime() - started;
		long afterAll = usedAfterGc(memory);
		System.out.printf("first pass over the test set: %d ms, retained heap %.1f MB%n", firstPass / 1_000_000,
				mb(afterAll - base));

		long detections = 0;
		started = System.nanoTime();
		for (int round = 0; round < rounds; round++) {
			for (String text : texts) {
				detector.detect(text);
				detections++;
			}
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		System.out.printf("warm, one thread: %d detections in %.2f s = %.0f messages/s, %.3f ms each%n", detections,
				seconds, detections / seconds, seconds * 1000 / detections);
		System.out.printf("max heap %.0f MB, committed %.0f MB%n", mb(Runtime.getRuntime().maxMemory()),
				mb(memory.getHeapMemoryUsage().getCommitted()));
	}

	private static long usedAfterGc(MemoryMXBean memory) throws InterruptedException {
		for (int i = 0; i < 4; i++) {
			System.gc();
			Thread.sleep(100);
		}
		return memory.getHeapMemoryUsage().getUsed();
	}

	private static double mb(long bytes) {
		return bytes / 1024.0 / 1024.0;
	}
}
