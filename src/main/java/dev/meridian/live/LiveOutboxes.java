package dev.meridian.live;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Opens {@link LiveOutbox}es on one pool of writer threads. The pool grows with the number of clients being written
 * to at the same moment, not with the number connected: a thread is busy only while an outbox drains, or while a
 * write to a client that stopped reading waits for the server's write timeout.
 */
@Component
public class LiveOutboxes implements DisposableBean {

	private final AtomicInteger threads = new AtomicInteger();
	private final ExecutorService writers = Executors.newCachedThreadPool(r -> {
		Thread thread = new Thread(r, "live-writer-" + threads.incrementAndGet());
		thread.setDaemon(true);
		return thread;
	});

	/**
	 * An outbox that writes each item with {@code write} (which must not throw), holds at most {@code limit} waiting
	 * items and calls {@code giveUp} when a slow client lets more pile up.
	 */
	public <T> LiveOutbox<T> open(int limit, Consumer<T> write, Runnable giveUp) {
		return new LiveOutbox<>(writers, limit, write, giveUp);
	}

	@Override
	public void destroy() {
		writers.shutdownNow();
	}
}
