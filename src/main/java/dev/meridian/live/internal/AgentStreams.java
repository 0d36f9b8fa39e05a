package dev.meridian.live.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import dev.meridian.identity.AgentId;
import dev.meridian.live.LiveBus;
import dev.meridian.live.LiveEvent;
import dev.meridian.live.LiveOutbox;
import dev.meridian.live.LiveOutboxes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.ObjectMapper;

/**
 * The server-sent event streams of the agents connected to this node. Every live event from the bus goes to every
 * stream, except those addressed to one agent ({@code to}); viewing heartbeats update {@link TicketViewers} and go
 * out as the ticket's {@code viewers} list. A comment every 20 seconds keeps proxies from closing idle streams and
 * finds the dead ones; a stream ends after 30 minutes and the browser's EventSource reconnects by itself. Each
 * stream writes through its own {@link LiveOutbox}, so an agent whose connection stalls delays nobody else; after
 * {@value #MAX_WAITING} unsent events the stream is closed and the browser reconnects and refetches.
 */
@Service
public class AgentStreams implements DisposableBean {

	static final Duration STREAM_TIMEOUT = Duration.ofMinutes(30);

	static final int MAX_WAITING = 1_000;

	private static final Logger log = LoggerFactory.getLogger(AgentStreams.class);

	/** One agent's open stream; its events are written on a writer thread, never the bus's. */
	private final class Stream {

		final SseEmitter emitter = new SseEmitter(STREAM_TIMEOUT.toMillis());
		final String agent;
		final LiveOutbox<SseEmitter.SseEventBuilder> outbox = outboxes.open(MAX_WAITING, this::write, this::giveUp);

		Stream(String agent) {
			this.agent = agent;
			emitter.onCompletion(this::forget);
			emitter.onTimeout(this::forget);
			emitter.onError(e -> forget());
		}

		void send(String name, String data) {
			outbox.offer(SseEmitter.event().name(name).data(data, MediaType.APPLICATION_JSON));
		}

		void comment() {
			outbox.offer(SseEmitter.event().comment("keep-alive"));
		}

		/** Blocks while the client's socket is full. */
		private void write(SseEmitter.SseEventBuilder event) {
			try {
				emitter.send(event);
			}
			catch (IOException | IllegalStateException e) {
				forget();
			}
		}

		private void giveUp() {
			log.info("Closing the live stream of agent {}: over {} events waited for a client that stopped reading",
					agent, MAX_WAITING);
			forget();
			emitter.complete();
		}

		void forget() {
			streams.remove(this);
			outbox.close();
		}
	}

	private final Set<Stream> streams = ConcurrentHashMap.newKeySet();
	private final TicketViewers viewers = new TicketViewers();
	private final ObjectMapper json;
	private final Clock clock;
	private final LiveOutboxes outboxes;
	private final LiveBus.Subscription subscription;
	private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
		Thread thread = new Thread(r, "live-streams");
		thread.setDaemon(true);
		return thread;
	});
	private volatile Instant lastSweep;
	private int ticks;

	AgentStreams(LiveBus bus, LiveOutboxes outboxes, ObjectMapper json, Clock clock) {
		this.json = json;
		this.clock = clock;
		this.outboxes = outboxes;
		this.lastSweep = clock.instant();
		this.subscription = bus.subscribe(this::deliver);
		ticker.scheduleWithFixedDelay(this::tick, 1, 1, TimeUnit.SECONDS);
	}

	/** Opens a stream for the agent; the first event, {@code hello}, says who the stream belongs to. */
	public SseEmitter open(AgentId agent) {
		Stream stream = new Stream(agent.toString());
		stream.send("hello", json.writeValueAsString(Map.of("agent", agent.toString())));
		streams.add(stream);
		return stream.emitter;
	}

	/** How many agent streams this node holds now. */
	public int size() {
		return streams.size();
	}

	private void deliver(LiveEvent event) {
		if ("viewing".equals(event.kind())) {
			String ticket = event.get("ticket");
			if (viewers.apply(ticket, event.get("agent"), event.get("name"), event.get("state"), clock.instant())) {
				sendViewers(ticket);
			}
			return;
		}
		String to = event.data().get("to");
		String data = json.writeValueAsString(event.data());
		for (Stream stream : streams) {
			if (to == null || to.equals(stream.agent)) {
				stream.send(event.kind(), data);
			}
		}
	}

	private void sendViewers(String ticket) {
		List<TicketViewers.Viewer> list = viewers.of(ticket, clock.instant());
		String data = json.writeValueAsString(Map.of("ticket", ticket, "viewers", list));
		for (Stream stream : streams) {
			stream.send("viewers", data);
		}
	}

	private void tick() {
		try {
			Instant now = clock.instant();
			for (String ticket : viewers.expire(now, lastSweep)) {
				sendViewers(ticket);
			}
			lastSweep = now;
			if (++ticks % 20 == 0) {
				for (Stream stream : streams) {
					stream.comment();
				}
			}
		}
		catch (RuntimeException e) {
			log.warn("The live streams' sweep failed", e);
		}
	}

	/**
	 * Ends every stream as soon as the node starts to shut down: an open stream is a request in progress, and the
	 * graceful shutdown would otherwise wait its whole timeout for streams that never end by themselves. Browsers
	 * reconnect, to another node or to this one once it is back.
	 */
	@EventListener(ContextClosedEvent.class)
	void endStreamsOnShutdown() {
		for (Stream stream : streams) {
			stream.forget();
			stream.emitter.complete();
		}
	}

	@Override
	public void destroy() {
		subscription.close();
		ticker.shutdownNow();
		endStreamsOnShutdown();
	}
}
