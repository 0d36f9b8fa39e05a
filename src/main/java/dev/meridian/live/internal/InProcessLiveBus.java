package dev.meridian.live.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import dev.meridian.live.LiveBus;
import dev.meridian.live.LiveEvent;
import org.springframework.beans.factory.DisposableBean;

/** The bus of a single node (H2, or a configured {@code meridian.live.bus=local}): one thread, in order. */
final class InProcessLiveBus implements LiveBus, DisposableBean {

	private final LocalSubscribers subscribers = new LocalSubscribers();

	private final ExecutorService delivery = Executors.newSingleThreadExecutor(r -> {
		Thread thread = new Thread(r, "live-bus");
		thread.setDaemon(true);
		return thread;
	});

	@Override
	public void publish(LiveEvent event) {
		delivery.execute(() -> subscribers.deliver(event));
	}

	@Override
	public Subscription subscribe(Consumer<LiveEvent> subscriber) {
		return subscribers.add(subscriber);
	}

	@Override
	public void destroy() {
		delivery.shutdownNow();
	}
}
