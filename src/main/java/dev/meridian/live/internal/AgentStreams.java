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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.ObjectMapper;

/**
 * The server-sent event streams of the agents connected to this node. Every live event from the bus goes to every
 * stream, except those addressed to one agent ({@code to}); viewing heartbeats update {@link TicketViewers} and go
 * out as the ticket's {@code viewers} list. A comment every 20 seconds keeps proxies from closing idle streams and
 * finds the dead ones; a stream ends after 30 minutes and the browser's EventSource reconnects by itself.
 */
@Service
public class AgentStreams implements DisposableBean {

	static final Duration STREAM_TIMEOUT = Duration.ofMinutes(30);

	private static final Logger log = LoggerFactory.getLogger(AgentStreams.class);

	private record Stream(SseEmitter emitter, String agent) {
	}

	private final Set<Stream> streams = ConcurrentHashMap.newKeySet();
	private final TicketViewers viewers = new TicketViewers();
	private final ObjectMapper json;
	private final Clock clock;
	private final LiveBus.Subscription subscription;
	private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
		Thread thread = new Thread(r, "live-streams");
		thread.setDaemon(true);
		return thread;
	});
	private volatile Instant lastSweep;
	private int ticks;

	AgentStreams(LiveBus bus, ObjectMapper json, Clock clock) {
		this.json = json;
		this.clock = clock;
		this.lastSweep = clock.instant();
		this.subscription = bus.subscribe(this::deliver);
		ticker.scheduleWithFixedDelay(this::tick, 1, 1, TimeUnit.SECONDS);
	}

	/** Opens a stream for the agent; the first event, {@code hello}, says who the stream belongs to. */
	public SseEmitter open(AgentId agent) {
		SseEmitter emitter = new SseEmitter(STREAM_TIMEOUT.toMillis());
		Stream stream = new Stream(emitter, agent.toString());
		emitter.onCompletion(() -> streams.remove(stream));
		emitter.onTimeout(() -> streams.remove(stream));
		emitter.onError(e -> streams.remove(stream));
		streams.add(stream);
		send(stream, "hello", Map.of("agent", agent.toString()));
		return emitter;
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
		for (Stream stream : streams) {
			if (to == null || to.equals(stream.agent())) {
				send(stream, event.kind(), event.data());
			}
		}
	}

	private void sendViewers(String ticket) {
		List<TicketViewers.Viewer> list = viewers.of(ticket, clock.instant());
		Map<String, Object> data = Map.of("ticket", ticket, "viewers", list);
		for (Stream stream : streams) {
			send(stream, "viewers", data);
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
					comment(stream);
				}
			}
		}
		catch (RuntimeException e) {
			log.warn("The live streams' sweep failed", e);
		}
	}

	private void send(Stream stream, String name, Object data) {
		String body = json.writeValueAsString(data);
		try {
			synchronized (stream) {
				stream.emitter().send(SseEmitter.event().name(name).data(body, MediaType.APPLICATION_JSON));
			}
		}
		catch (IOException | IllegalStateException e) {
			streams.remove(stream);
		}
	}

	private void comment(Stream stream) {
		try {
			synchronized (stream) {
				stream.emitter().send(SseEmitter.event().comment("keep-alive"));
			}
		}
		catch (IOException | IllegalStateException e) {
			streams.remove(stream);
		}
	}

	@Override
	public void destroy() {
		subscription.close();
		ticker.shutdownNow();
		for (Stream stream : streams) {
			stream.emitter().complete();
		}
		streams.clear();
	}
}
