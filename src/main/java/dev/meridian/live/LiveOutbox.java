package dev.meridian.live;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * What waits to go out on one client connection (an agent's event stream, a visitor's socket), written in order by
 * a pooled thread. Writing to a client that stops reading blocks once the socket's buffers are full; queued here,
 * such a client holds up only itself, never the bus nor the other clients. When more than {@code limit} items
 * wait, the client is too slow to catch up: the outbox drops them, refuses more and calls {@code giveUp} once,
 * which closes the connection; the client reconnects and fetches what it missed.
 */
public final class LiveOutbox<T> {

	private final Queue<T> waiting = new ConcurrentLinkedQueue<>();
	private final AtomicInteger size = new AtomicInteger();
	private final AtomicBoolean draining = new AtomicBoolean();
	private final AtomicBoolean closed = new AtomicBoolean();
	private final Executor writers;
	private final int limit;
	private final Consumer<T> write;
	private final Runnable giveUp;

	LiveOutbox(Executor writers, int limit, Consumer<T> write, Runnable giveUp) {
		this.writers = writers;
		this.limit = limit;
		this.write = write;
		this.giveUp = giveUp;
	}

	/** Queues {@code item} and returns at once; does nothing once the outbox is closed. */
	public void offer(T item) {
		if (closed.get()) {
			return;
		}
		if (size.incrementAndGet() > limit) {
			if (closed.compareAndSet(false, true)) {
				waiting.clear();
				writers.execute(giveUp);
			}
			return;
		}
		waiting.add(item);
		drainSoon();
	}

	/** Refuses anything more; what waits is dropped. */
	public void close() {
		closed.set(true);
		waiting.clear();
	}

	public boolean isClosed() {
		return closed.get();
	}

	private void drainSoon() {
		if (draining.compareAndSet(false, true)) {
			writers.execute(this::drain);
		}
	}

	private void drain() {
		try {
			T item;
			while (!closed.get() && (item = waiting.poll()) != null) {
				size.decrementAndGet();
				write.accept(item);
			}
		}
		finally {
			draining.set(false);
		}
		// An item offered between the last poll and the reset above would otherwise wait for the next offer.
		if (!closed.get() && !waiting.isEmpty()) {
			drainSoon();
		}
	}
}
