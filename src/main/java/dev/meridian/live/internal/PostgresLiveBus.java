package dev.meridian.live.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import javax.sql.DataSource;

import dev.meridian.live.LiveBus;
import dev.meridian.live.LiveEvent;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;
import tools.jackson.databind.ObjectMapper;

/**
 * The bus of nodes that share one PostgreSQL database: {@code pg_notify} on a channel every node LISTENs to.
 * One pooled connection per node stays checked out for listening; a dropped connection is re-opened with backoff
 * (events sent meanwhile are missed, so clients refetch on reconnect). This node receives its own notifications
 * through the same channel, so every node delivers in the same way. Stopping (also when a paused test context or
 * a graceful restart stops the lifecycle) only stops listening; start listens again.
 */
final class PostgresLiveBus implements LiveBus, SmartLifecycle, DisposableBean {

	static final String CHANNEL = "meridian_live";

	/** PostgreSQL refuses payloads of 8,000 bytes and more. */
	private static final int MAX_PAYLOAD = 7_900;

	private static final Logger log = LoggerFactory.getLogger(PostgresLiveBus.class);

	private final DataSource dataSource;
	private final ObjectMapper json;
	private final LocalSubscribers subscribers = new LocalSubscribers();
	private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> daemon(r, "live-bus-notify"));
	private volatile CountDownLatch listening = new CountDownLatch(1);

	private volatile boolean running;
	private Thread listener;

	PostgresLiveBus(DataSource dataSource, ObjectMapper json) {
		this.dataSource = dataSource;
		this.json = json;
	}

	@Override
	public void publish(LiveEvent event) {
		String payload = json.writeValueAsString(event);
		if (payload.getBytes(StandardCharsets.UTF_8).length > MAX_PAYLOAD) {
			log.warn("A live {} event is too large for a notification and was dropped", event.kind());
			return;
		}
		sender.execute(() -> notify(payload));
	}

	private void notify(String payload) {
		try (Connection connection = dataSource.getConnection();
				PreparedStatement statement = connection.prepareStatement("select pg_notify(?, ?)")) {
			statement.setString(1, CHANNEL);
			statement.setString(2, payload);
			statement.execute();
		}
		catch (SQLException e) {
			log.warn("Could not send a live event: {}", e.getMessage());
		}
	}

	@Override
	public Subscription subscribe(Consumer<LiveEvent> subscriber) {
		return subscribers.add(subscriber);
	}

	@Override
	public void start() {
		running = true;
		listening = new CountDownLatch(1);
		listener = daemon(this::listen, "live-bus-listen");
		listener.start();
		try {
			// Events published right after start-up (tests, the first requests) must not be missed.
			if (!listening.await(15, TimeUnit.SECONDS)) {
				log.warn("The live bus is not listening yet; it keeps trying");
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private void listen() {
		Duration backoff = Duration.ofSeconds(1);
		while (running) {
			try (Connection connection = dataSource.getConnection()) {
				connection.setAutoCommit(true);
				try (Statement statement = connection.createStatement()) {
					statement.execute("LISTEN " + CHANNEL);
				}
				listening.countDown();
				backoff = Duration.ofSeconds(1);
				PGConnection pg = connection.unwrap(PGConnection.class);
				while (running) {
					PGNotification[] notifications = pg.getNotifications(1_000);
					if (notifications == null) {
						continue;
					}
					for (PGNotification notification : notifications) {
						receive(notification.getParameter());
					}
				}
			}
			catch (SQLException e) {
				if (!running) {
					return;
				}
				log.warn("The live bus lost its PostgreSQL connection ({}); listening again in {}", e.getMessage(),
						backoff);
				sleep(backoff);
				backoff = backoff.multipliedBy(2).compareTo(Duration.ofSeconds(30)) > 0 ? Duration.ofSeconds(30)
						: backoff.multipliedBy(2);
			}
		}
	}

	private void receive(String payload) {
		LiveEvent event;
		try {
			event = json.readValue(payload, LiveEvent.class);
		}
		catch (RuntimeException e) {
			log.warn("Ignored a malformed live event");
			return;
		}
		subscribers.deliver(event);
	}

	@Override
	public void stop() {
		running = false;
		if (listener != null) {
			listener.interrupt();
			try {
				listener.join(3_000);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public void destroy() {
		stop();
		sender.shutdown();
		subscribers.close();
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** Start before the web server, stop after it. */
	@Override
	public int getPhase() {
		return Integer.MIN_VALUE + 1000;
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static Thread daemon(Runnable runnable, String name) {
		Thread thread = new Thread(runnable, name);
		thread.setDaemon(true);
		return thread;
	}
}
