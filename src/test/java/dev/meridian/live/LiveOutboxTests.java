package dev.meridian.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LiveOutboxTests {

	private final ExecutorService writers = Executors.newCachedThreadPool();

	@AfterEach
	void stopWriters() {
		writers.shutdownNow();
	}

	@Test
	void writesEverythingInOrderOnAWriterThread() throws Exception {
		List<Integer> written = new CopyOnWriteArrayList<>();
		List<String> threads = new CopyOnWriteArrayList<>();
		CountDownLatch done = new CountDownLatch(500);
		LiveOutbox<Integer> outbox = new LiveOutbox<>(writers, 1_000, item -> {
			written.add(item);
			threads.add(Thread.currentThread().getName());
			done.countDown();
		}, () -> {
		});

		IntStream.range(0, 500).forEach(outbox::offer);

		assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
		assertThat(written).containsExactlyElementsOf(IntStream.range(0, 500).boxed().toList());
		assertThat(threads).doesNotContain(Thread.currentThread().getName());
		assertThat(outbox.isClosed()).isFalse();
	}

	@Test
	void givesUpOnceWhenAClientFallsTooFarBehindAndWritesNothingAfter() throws Exception {
		CountDownLatch clientStalls = new CountDownLatch(1);
		CountDownLatch writing = new CountDownLatch(1);
		CountDownLatch gaveUp = new CountDownLatch(1);
		AtomicInteger giveUps = new AtomicInteger();
		List<Integer> written = new CopyOnWriteArrayList<>();
		LiveOutbox<Integer> outbox = new LiveOutbox<>(writers, 10, item -> {
			written.add(item);
			writing.countDown();
			await(clientStalls);
		}, () -> {
			giveUps.incrementAndGet();
			gaveUp.countDown();
		});

		outbox.offer(0);
		assertThat(writing.await(10, TimeUnit.SECONDS)).isTrue();
		IntStream.range(1, 50).forEach(outbox::offer);

		assertThat(gaveUp.await(10, TimeUnit.SECONDS)).isTrue();
		assertThat(outbox.isClosed()).isTrue();
		clientStalls.countDown();
		outbox.offer(99);
		writers.shutdown();
		assertThat(writers.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
		assertThat(giveUps).hasValue(1);
		assertThat(written).as("only the item whose write was under way when the outbox gave up").containsExactly(0);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
