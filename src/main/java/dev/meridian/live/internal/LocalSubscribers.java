package dev.meridian.live.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import dev.meridian.live.LiveBus;
import dev.meridian.live.LiveEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** This node's subscribers to the bus; one failing subscriber never keeps an event from the others. */
final class LocalSubscribers {

	private static final Logger log = LoggerFactory.getLogger(LocalSubscribers.class);

	private final List<Consumer<LiveEvent>> subscribers = new CopyOnWriteArrayList<>();

	LiveBus.Subscription add(Consumer<LiveEvent> subscriber) {
		subscribers.add(subscriber);
		return () -> subscribers.remove(subscriber);
	}

	void deliver(LiveEvent event) {
		for (Consumer<LiveEvent> subscriber : subscribers) {
			try {
				subscriber.accept(event);
			}
			catch (RuntimeException e) {
				log.warn("A live subscriber failed on a {} event", event.kind(), e);
			}
		}
	}
}
