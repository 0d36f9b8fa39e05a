package dev.meridian.channel.chat;

import java.net.URI;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.meridian.identity.BrandId;
import dev.meridian.identity.Brands;
import dev.meridian.shared.AuditableChange;
import dev.meridian.shared.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The websites allowed to embed a brand's chat widget, as origins ({@code https://shop.example}, with a port when it
 * is not the default). The widget's API and WebSocket refuse requests from any other origin.
 */
@Service
@Transactional
public class ChatOrigins {

	private static final int MAX_ORIGINS = 50;

	private final JdbcClient jdbc;
	private final Brands brands;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	ChatOrigins(JdbcClient jdbc, Brands brands, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.brands = brands;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<String> of(BrandId brand) {
		return jdbc.sql("select origin from chat_origin where brand_id = ? order by origin")
			.param(brand.value())
			.query(String.class)
			.list();
	}

	@Transactional(readOnly = true)
	public boolean allows(BrandId brand, String origin) {
		String normalized;
		try {
			normalized = normalize(origin);
		}
		catch (DomainException e) {
			return false;
		}
		return jdbc.sql("select count(*) from chat_origin where brand_id = ? and origin = ?")
			.param(brand.value())
			.param(normalized)
			.query(Long.class)
			.single() > 0;
	}

	/** Replaces the brand's allowed origins; each is checked and normalized. */
	public List<String> replace(BrandId brand, Collection<String> origins) {
		brands.get(brand);
		Set<String> normalized = new LinkedHashSet<>();
		for (String origin : origins) {
			if (!origin.isBlank()) {
				normalized.add(normalize(origin));
			}
		}
		if (normalized.size() > MAX_ORIGINS) {
			throw DomainException.ruleBroken("chat.too_many_origins", "a brand has at most " + MAX_ORIGINS + " origins");
		}
		jdbc.sql("delete from chat_origin where brand_id = ?").param(brand.value()).update();
		var now = clock.instant();
		for (String origin : normalized) {
			jdbc.sql("insert into chat_origin (brand_id, origin, created_at) values (?, ?, ?)")
				.param(brand.value())
				.param(origin)
				.param(java.sql.Timestamp.from(now))
				.update();
		}
		events.publishEvent(new AuditableChange("brand", brand.toString(), "chat_origins",
				java.util.Map.of("origins", String.join(" ", normalized))));
		return List.copyOf(normalized);
	}

	/** {@code HTTPS://Shop.Example:443/} → {@code https://shop.example}; anything but an http(s) origin is refused. */
	public static String normalize(String origin) {
		URI uri;
		try {
			uri = URI.create(origin.strip());
		}
		catch (IllegalArgumentException e) {
			throw invalid(origin);
		}
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null || uri.getUserInfo() != null
				|| uri.getQuery() != null || uri.getFragment() != null
				|| uri.getPath() != null && !uri.getPath().isEmpty() && !uri.getPath().equals("/")) {
			throw invalid(origin);
		}
		int port = uri.getPort();
		boolean defaultPort = port == -1 || scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443;
		return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
	}

	private static DomainException invalid(String origin) {
		return DomainException.malformed("chat.invalid_origin",
				"'" + origin + "' is not an origin such as https://shop.example");
	}
}
