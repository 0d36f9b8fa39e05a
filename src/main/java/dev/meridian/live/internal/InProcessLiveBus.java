package dev.meridian.live.internal;

import java.util.function.Consumer;

import dev.meridian.live.LiveBus;
import dev.meridian.live.LiveEvent;
import org.springframework.beans.factory.DisposableBean;

/** The bus of a single node (H2, or a configured {@code meridian.live.bus=local}): each subscriber in order. */
final class InProcessLiveBus implements LiveBus, DisposableBean {

	private final LocalSubscribers subscribers = new LocalSubscribers();

	@Override
	public void publish(LiveEvent event) {
		subscribers.deliver(event);
	}

	@Override
	public Subscription subscribe(Consumer<LiveEvent> subscriber) {
		return subscribers.add(subscriber);
	}

	@Override
	public void destroy() {
		subscribers.close();
	}
}
