package dev.meridian.live;

import java.util.function.Consumer;

/**
 * Carries {@link LiveEvent}s to every node, this one included: in-process on a single node, through PostgreSQL
 * LISTEN/NOTIFY when the database is PostgreSQL (so nodes that share it see each other's events). Delivery is at
 * most once and only to the nodes running now: live events refresh what agents and visitors see, while the data
 * itself is committed in the database before its event is published.
 */
public interface LiveBus {

	/** Publishes asynchronously; subscribers on every node receive the event shortly after. */
	void publish(LiveEvent event);

	/** Receives every event published on any node until the returned handle is closed. */
	Subscription subscribe(Consumer<LiveEvent> subscriber);

	interface Subscription extends AutoCloseable {
		@Override
		void close();
	}
}
