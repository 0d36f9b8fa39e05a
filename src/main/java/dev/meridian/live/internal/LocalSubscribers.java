package dev.meridian.live.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import dev.meridian.live.LiveBus;
import dev.meridian.live.LiveEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This node's subscribers to the bus. Each receives the events in order on its own thread, so a subscriber that
 * reads the database (the chat widgets') never delays another (the agents' streams), and one that fails never keeps
 * an event from the others.
 */
final class LocalSubscribers {

	private static final Logger log = LoggerFactory.getLogger(LocalSubscribers.class);

	private static final AtomicInteger threads = new AtomicInteger();

	private record Subscriber(Consumer<LiveEvent> consumer, ExecutorService thread) {
	}

	private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();

	LiveBus.Subscription add(Consumer<LiveEvent> consumer) {
		Subscriber subscriber = new Subscriber(consumer, Executors.newSingleThreadExecutor(r -> {
			Thread thread = new Thread(r, "live-subscriber-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		}));
		subscribers.add(subscriber);
		return () -> {
			subscribers.remove(subscriber);
			subscriber.thread().shutdown();
		};
	}

	void deliver(LiveEvent event) {
		for (Subscriber subscriber : subscribers) {
			subscriber.thread().execute(() -> {
				try {
					subscriber.consumer().accept(event);
				}
				catch (RuntimeException e) {
					log.warn("A live subscriber failed on a {} event", event.kind(), e);
				}
			});
		}
	}

	/** Stops every subscriber's thread, dropping what they have not received yet. */
	void close() {
		for (Subscriber subscriber : subscribers) {
			subscriber.thread().shutdownNow();
		}
		subscribers.clear();
	}
}
