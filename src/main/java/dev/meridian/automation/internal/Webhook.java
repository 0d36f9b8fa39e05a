package dev.meridian.automation.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import dev.meridian.automation.WebhookId;
import dev.meridian.automation.WebhookView;
import jakarta.persistence.*;
import org.jspecify.annotations.Nullable;

/** An outbound webhook subscription; its signing secret is stored encrypted. */
@Entity
@Table(name = "automation_webhook")
public class Webhook {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private String url;

	private String secret;

	private String events;

	private boolean enabled;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private int version;

	protected Webhook() {
	}

	public Webhook(String sealedSecret, Instant now) {
		this.secret = sealedSecret;
		this.createdAt = now;
	}

	public void revise(String name, String url, Set<String> events, boolean enabled, Instant now) {
		this.name = name;
		this.url = url;
		this.events = String.join(",", new TreeSet<>(events));
		this.enabled = enabled;
		this.updatedAt = now;
	}

	public void newSecret(String sealedSecret, Instant now) {
		this.secret = sealedSecret;
		this.updatedAt = now;
	}

	public long id() {
		return id;
	}

	public String url() {
		return url;
	}

	public String sealedSecret() {
		return secret;
	}

	public boolean enabled() {
		return enabled;
	}

	public Set<String> events() {
		return events == null || events.isBlank() ? Set.of()
				: Arrays.stream(events.split(",")).collect(Collectors.toCollection(TreeSet::new));
	}

	public boolean wants(String event) {
		return enabled && events().contains(event);
	}

	public WebhookView view(@Nullable String clearSecret) {
		return new WebhookView(new WebhookId(id), name, url, events(), enabled, clearSecret, createdAt, updatedAt);
	}
}
