package dev.meridian.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo's written conversations and names ({@code resources/demo}), read as plain JSON so that the benchmark
 * produces tickets in the demo's languages and channels without reaching into the demo module.
 */
final class BenchCorpus {

	/** One written conversation: its language, channel, priority, tags, subject and lines. */
	record Conversation(String language, String channel, String priority, List<String> tags, String subject,
			List<Line> lines) {
	}

	/** A line of a conversation; {@code from} is customer, agent or note. */
	record Line(String from, String body) {
	}

	/** Words that occur in the conversations, one set per language, for text searches that find something. */
	static final Map<String, List<String>> SEARCH_WORDS = Map.of(
			"en", List.of("tracking", "refund", "replacement", "invoice", "warranty"),
			"de", List.of("Bestellung", "Rücksendung", "Rechnung", "Lieferung"),
			"fr", List.of("commande", "remboursement", "livraison", "colis"),
			"es", List.of("pedido", "reembolso", "envío", "devolución"),
			"ja", List.of("注文", "返品", "配送"),
			"zh-CN", List.of("退款", "订单", "快递"),
			"zh-TW", List.of("退貨", "訂單"));

	private final List<Conversation> conversations;

	private final Map<String, List<Conversation>> byLanguage = new LinkedHashMap<>();

	private final Map<String, JsonNode> people;

	private BenchCorpus(List<Conversation> conversations, Map<String, JsonNode> people) {
		this.conversations = conversations;
		this.people = people;
		for (Conversation conversation : conversations) {
			byLanguage.computeIfAbsent(conversation.language(), k -> new ArrayList<>()).add(conversation);
		}
	}

	static BenchCorpus load() {
		ObjectMapper json = JsonMapper.builder().build();
		JsonNode rawConversations = read(json, "demo/conversations.json");
		JsonNode rawPeople = read(json, "demo/people.json");
		List<Conversation> conversations = new ArrayList<>();
		for (JsonNode c : rawConversations) {
			List<String> tags = new ArrayList<>();
			c.get("tags").forEach(t -> tags.add(t.asString()));
			List<Line> lines = new ArrayList<>();
			c.get("messages").forEach(m -> lines.add(new Line(m.get("from").asString(), m.get("body").asString())));
			conversations.add(new Conversation(c.get("language").asString(), c.get("channel").asString(),
					c.get("priority").asString(), List.copyOf(tags), c.get("subject").asString(), List.copyOf(lines)));
		}
		Map<String, JsonNode> people = new LinkedHashMap<>();
		rawPeople.properties().forEach(e -> people.put(e.getKey(), e.getValue()));
		return new BenchCorpus(List.copyOf(conversations), people);
	}

	private static JsonNode read(ObjectMapper json, String resource) {
		try (InputStream in = BenchCorpus.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException(resource + " is missing from the classpath");
			}
			return json.readTree(in);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	List<String> languages() {
		return List.copyOf(byLanguage.keySet());
	}

	Conversation any(SplittableRandom random) {
		return conversations.get(random.nextInt(conversations.size()));
	}

	Conversation anyIn(String language, SplittableRandom random) {
		List<Conversation> choices = byLanguage.get(language);
		return choices.get(random.nextInt(choices.size()));
	}

	/**
	 * The conversation's lines stretched to {@code count}: its own lines first, then customer and agent lines taken
	 * alternately from other conversations of the same language.
	 */
	List<Line> linesOf(Conversation conversation, int count, SplittableRandom random) {
		List<Line> lines = new ArrayList<>(conversation.lines().subList(0, Math.min(count, conversation.lines().size())));
		while (lines.size() < count) {
			String wanted = lines.get(lines.size() - 1).from().equals("customer") ? "agent" : "customer";
			Conversation other = anyIn(conversation.language(), random);
			Line found = other.lines().stream().filter(l -> l.from().equals(wanted)).findFirst().orElse(other.lines().get(0));
			lines.add(found);
		}
		return lines;
	}

	String customerName(String language, SplittableRandom random) {
		JsonNode names = people.get(language);
		String first = pick(names.get("first"), random);
		String last = pick(names.get("last"), random);
		return language.startsWith("zh") || language.equals("ja") ? last + first : first + " " + last;
	}

	String country(String language, SplittableRandom random) {
		return pick(people.get(language).get("country"), random);
	}

	String timeZone(String language, SplittableRandom random) {
		return pick(people.get(language).get("timeZones"), random);
	}

	String product(String language, SplittableRandom random) {
		return pick(people.get("products").get(language), random);
	}

	/** Fills a line's placeholders ({customer}, {agent}, {brand}, {order}, {product}). */
	String fill(String template, String language, String customer, String agent, String brand, long order,
			SplittableRandom random) {
		return template.replace("{customer}", customer)
			.replace("{agent}", agent)
			.replace("{brand}", brand)
			.replace("{order}", orderNumber(order))
			.replace("{product}", product(language, random));
	}

	static String orderNumber(long order) {
		return String.format("%03d-%07d-%07d", order % 1000, (order * 7919) % 10_000_000, order % 10_000_000);
	}

	private static String pick(JsonNode array, SplittableRandom random) {
		return array.get(random.nextInt(array.size())).asString();
	}
}
