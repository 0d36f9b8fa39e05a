package dev.meridian.ticket.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.StreamSupport;

import dev.meridian.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

class TicketApiTests extends ApiTestSupport {

	@Autowired
	JdbcTemplate jdbc;

	// ---- open and read ----

	@Test
	void opensTicketWithEveryDocumentedField() {
		String customerEmail = uniqueEmail("Buyer");
		Response created = post("/api/v1/tickets", adminToken(),
				ticketRequest(brand(), "  Where is   my order?  ", customerEmail, "Hello, order 123 is late."));

		assertThat(created.status()).as(created.text()).isEqualTo(201);
		JsonNode ticket = created.json();
		assertThat(ticket.get("id").isString()).isTrue();
		assertThat(Long.parseLong(ticket.get("id").asString())).isPositive();
		assertThat(ticket.get("number").isNumber()).isTrue();
		assertThat(ticket.get("number").asLong()).isGreaterThanOrEqualTo(1001);
		assertThat(ticket.get("subject").asString()).isEqualTo("Where is my order?");
		assertThat(ticket.get("status").asString()).isEqualTo("new");
		assertThat(ticket.get("priority").asString()).isEqualTo("normal");
		assertThat(ticket.get("brand").asString()).isEqualTo(brand());
		assertThat(ticket.get("channel").asString()).isEqualTo("email");
		assertThat(ticket.get("customer").get("id").isString()).isTrue();
		assertThat(ticket.get("customer").get("email").asString()).isEqualTo(customerEmail.toLowerCase());
		assertThat(ticket.get("customer").get("name").asString()).startsWith("Customer ");
		for (String empty : List.of("assignee", "team", "language", "followUpOf", "mergedInto", "splitFrom",
				"firstReplyAt", "solvedAt", "closedAt")) {
			assertThat(ticket.has(empty)).as(empty).isTrue();
			assertThat(ticket.get(empty).isNull()).as(empty).isTrue();
		}
		assertThat(ticket.get("tags").isArray()).isTrue();
		assertThat(ticket.get("tags")).isEmpty();
		assertThat(ticket.get("createdAt").asString()).endsWith("Z");
		assertThat(Instant.parse(ticket.get("createdAt").asString())).isBeforeOrEqualTo(Instant.now());
		assertThat(ticket.get("updatedAt").asString()).isEqualTo(ticket.get("createdAt").asString());

		Response read = get("/api/v1/tickets/" + ticket.get("id").asString(), adminToken());
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.json()).isEqualTo(ticket);

		List<JsonNode> conversation = messages(ticket.get("id").asString());
		assertThat(conversation).hasSize(1);
		JsonNode first = conversation.get(0);
		assertThat(first.get("kind").asString()).isEqualTo("inbound");
		assertThat(first.get("body").asString()).isEqualTo("Hello, order 123 is late.");
		assertThat(first.get("author").get("type").asString()).isEqualTo("customer");
		assertThat(first.get("author").get("id").asString()).isEqualTo(ticket.get("customer").get("id").asString());
	}

	@Test
	void reusesTheCustomerKnownByEmail() {
		String email = uniqueEmail("repeat");
		JsonNode first = openTicket(ticketRequest(brand(), "First", email, "one"));
		JsonNode second = openTicket(ticketRequest(brand(), "Second", email.toUpperCase(), "two"));
		assertThat(second.get("customer").get("id")).isEqualTo(first.get("customer").get("id"));
	}

	@Test
	void answersNotFoundForUnknownTicket() {
		Response response = get("/api/v1/tickets/" + Long.MAX_VALUE, adminToken());
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.errorCode()).isEqualTo("ticket.not_found");
	}

	// ---- list: filters ----

	@Test
	void filtersTicketsByEveryListParameter() {
		String tag = "f-" + unique();
		String otherBrand = newBrand();
		TestAgent agent = newAgent("agent");
		String team = newTeam();
		String word = "zebra" + unique();

		JsonNode plain = openTicket(tagged(ticketRequest(brand(), "Plain", uniqueEmail("c"), "nothing special"), tag));
		JsonNode chat = openTicket(tagged(with(ticketRequest(brand(), "Chat", uniqueEmail("c"), "hi"), "channel", "chat"),
				tag));
		JsonNode elsewhere = openTicket(tagged(ticketRequest(otherBrand, "Other brand", uniqueEmail("c"), "hi"), tag));
		JsonNode assigned = openTicket(tagged(ticketRequest(brand(), "Assigned", uniqueEmail("c"), "hi"), tag));
		patchOk(assigned, Map.of("assignee", agent.id(), "team", team));
		JsonNode pending = openTicket(tagged(ticketRequest(brand(), "Pending", uniqueEmail("c"), "the " + word + " ate it"),
				tag));
		patchOk(pending, Map.of("status", "pending"));
		JsonNode german = openTicket(tagged(ticketRequest(brand(), "Deutsch", uniqueEmail("c"), "Hallo"), tag));
		// Language detection is another module's job; here the column is set as its result would set it.
		jdbc.update("update ticket set language = 'de' where id = ?", Long.parseLong(id(german)));
		JsonNode untagged = openTicket("Untagged " + word);
		awaitSearchIndex();

		assertThat(list("tag=" + tag)).containsExactlyInAnyOrder(id(plain), id(chat), id(elsewhere), id(assigned),
				id(pending), id(german));
		assertThat(list("tag=" + tag.toUpperCase())).hasSize(6);
		assertThat(list("tag=" + tag + "&channel=chat")).containsExactly(id(chat));
		assertThat(list("brand=" + otherBrand)).containsExactly(id(elsewhere));
		assertThat(list("tag=" + tag + "&assignee=" + agent.id())).containsExactly(id(assigned));
		assertThat(listAs(agent.token(), "tag=" + tag + "&assignee=me")).containsExactly(id(assigned));
		assertThat(list("tag=" + tag + "&assignee=none")).hasSize(5).doesNotContain(id(assigned));
		assertThat(list("team=" + team)).containsExactly(id(assigned));
		assertThat(list("tag=" + tag + "&status=pending")).containsExactly(id(pending));
		assertThat(list("tag=" + tag + "&status=new,pending")).containsExactlyInAnyOrder(id(plain), id(chat),
				id(elsewhere), id(pending), id(german));
		assertThat(list("tag=" + tag + "&status=open")).containsExactly(id(assigned));
		assertThat(list("tag=" + tag + "&language=de")).containsExactly(id(german));
		assertThat(list("customer=" + plain.get("customer").get("id").asString())).containsExactly(id(plain));
		assertThat(list("text=" + word)).containsExactlyInAnyOrder(id(pending), id(untagged));
		assertThat(list("text=" + word.toUpperCase() + "&tag=" + tag)).containsExactly(id(pending));
		assertThat(list("text=%23" + untagged.get("number").asLong())).containsExactly(id(untagged));
		assertThat(list("text=" + word + "&tag=" + tag + "&channel=chat")).isEmpty();
	}

	@Test
	void textSearchTakesWildcardsLiterally() {
		awaitSearchIndex();
		String word = "w" + unique();
		JsonNode literal = openTicket("Order " + word + "_x%y\\z");
		openTicket("Order " + word + "AxBy-z");
		assertThat(list("text=" + word + "_x%25y%5Cz")).containsExactly(id(literal));
		assertThat(list("text=" + word + "*")).isEmpty();
		assertThat(list("text=" + word + "%25y")).isEmpty();
	}

	@Test
	void refusedAssigneeLeavesNoTicketBehind() {
		String subject = "Atomic-" + unique();
		Response refused = post("/api/v1/tickets", adminToken(),
				with(ticketRequest(brand(), subject, uniqueEmail("c"), "hi"), "assignee", "999999999"));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(list("text=" + subject)).isEmpty();
	}

	@Test
	void listItemsCarryTheCustomer() {
		String tag = "c-" + unique();
		JsonNode ticket = openTicket(tagged(ticketRequest(brand(), "With customer", uniqueEmail("who"), "hi"), tag));
		Response page = get("/api/v1/tickets?tag=" + tag, adminToken());
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.json().get("items").get(0)).isEqualTo(ticket);
		assertThat(page.json().get("nextCursor").isNull()).isTrue();
	}

	// ---- list: keyset pagination ----

	@Test
	void pagesThroughEverySortWithoutDuplicatesOrGaps() {
		String tag = "p-" + unique();
		String[] priorities = { "low", "urgent", "normal", "high", "normal", "urgent", "low", "normal" };
		List<String> created = new ArrayList<>();
		for (int i = 0; i < priorities.length; i++) {
			created.add(id(openTicket(with(tagged(ticketRequest(brand(), "Page " + i, uniqueEmail("p"), "hi " + i), tag),
					"priority", priorities[i]))));
		}
		// Touch some tickets so that "updated" differs from creation order.
		patchOk(created.get(2), Map.of("subject", "Page 2, touched"));
		patchOk(created.get(0), Map.of("subject", "Page 0, touched"));
		patchOk(created.get(5), Map.of("subject", "Page 5, touched"));

		Map<String, JsonNode> byId = new HashMap<>();
		for (String id : created) {
			byId.put(id, get("/api/v1/tickets/" + id, adminToken()).json());
		}
		Comparator<String> idDescending = Comparator.comparing(Long::parseLong, Comparator.reverseOrder());
		Function<String, Instant> createdAt = id -> Instant.parse(byId.get(id).get("createdAt").asString());
		Function<String, Instant> updatedAt = id -> Instant.parse(byId.get(id).get("updatedAt").asString());
		List<String> ranks = List.of("low", "normal", "high", "urgent");
		Function<String, Integer> rank = id -> ranks.indexOf(byId.get(id).get("priority").asString());

		Map<String, Comparator<String>> expected = Map.of(
				"newest", Comparator.comparing(createdAt, Comparator.reverseOrder()).thenComparing(idDescending),
				"oldest", Comparator.comparing(createdAt).thenComparing(Comparator.comparing(Long::parseLong)),
				"updated", Comparator.comparing(updatedAt, Comparator.reverseOrder()).thenComparing(idDescending),
				"priority", Comparator.comparing(rank, Comparator.reverseOrder()).thenComparing(idDescending));
		for (var sort : expected.entrySet()) {
			for (int limit : new int[] { 1, 3, 8, 100 }) {
				List<String> seen = pageAll("tag=" + tag + "&sort=" + sort.getKey(), limit);
				assertThat(seen).as("sort %s, limit %d", sort.getKey(), limit)
					.doesNotHaveDuplicates()
					.isEqualTo(created.stream().sorted(sort.getValue()).toList());
			}
		}
		assertThat(pageAll("tag=" + tag, 3)).as("newest is the default").isEqualTo(pageAll("tag=" + tag + "&sort=newest", 3));
	}

	@Test
	void lastPageHasNoCursorAndDefaultLimitIs25() {
		String tag = "d-" + unique();
		for (int i = 0; i < 26; i++) {
			openTicket(tagged(ticketRequest(brand(), "Many " + i, uniqueEmail("m"), "hi"), tag));
		}
		JsonNode first = get("/api/v1/tickets?tag=" + tag, adminToken()).json();
		assertThat(first.get("items")).hasSize(25);
		assertThat(first.get("nextCursor").isString()).isTrue();
		JsonNode second = get("/api/v1/tickets?tag=" + tag + "&cursor=" + first.get("nextCursor").asString(), adminToken())
			.json();
		assertThat(second.get("items")).hasSize(1);
		assertThat(second.get("nextCursor").isNull()).isTrue();
	}

	// ---- lifecycle ----

	@Test
	void movesThroughTheLifecycleAndRefusesIllegalTransitions() {
		String id = id(openTicket("Lifecycle"));

		Response skipToClosed = patch("/api/v1/tickets/" + id, adminToken(), Map.of("status", "closed"));
		assertThat(skipToClosed.status()).isEqualTo(422);
		assertThat(skipToClosed.errorCode()).isEqualTo("ticket.invalid_transition");

		assertThat(patchOk(id, Map.of("status", "open")).get("status").asString()).isEqualTo("open");
		assertThat(patchOk(id, Map.of("status", "pending")).get("status").asString()).isEqualTo("pending");
		assertThat(patchOk(id, Map.of("status", "on_hold")).get("status").asString()).isEqualTo("on_hold");
		JsonNode solved = patchOk(id, Map.of("status", "solved"));
		assertThat(solved.get("solvedAt").isString()).isTrue();
		JsonNode reopened = patchOk(id, Map.of("status", "open"));
		assertThat(reopened.get("solvedAt").isNull()).isTrue();

		Response backToNew = patch("/api/v1/tickets/" + id, adminToken(), Map.of("status", "new"));
		assertThat(backToNew.status()).isEqualTo(422);
		assertThat(backToNew.errorCode()).isEqualTo("ticket.invalid_transition");
		assertThat(backToNew.json().get("message").asString()).contains("allowed");

		patchOk(id, Map.of("status", "solved"));
		JsonNode closed = patchOk(id, Map.of("status", "closed"));
		assertThat(closed.get("status").asString()).isEqualTo("closed");
		assertThat(closed.get("closedAt").isString()).isTrue();

		Response reopenClosed = patch("/api/v1/tickets/" + id, adminToken(), Map.of("status", "open"));
		assertThat(reopenClosed.status()).isEqualTo(422);
		assertThat(reopenClosed.errorCode()).isEqualTo("ticket.invalid_transition");
		Response retagClosed = patch("/api/v1/tickets/" + id, adminToken(), Map.of("tags", List.of("late")));
		assertThat(retagClosed.status()).isEqualTo(422);
		assertThat(retagClosed.errorCode()).isEqualTo("ticket.closed");
		assertThat(get("/api/v1/tickets/" + id, adminToken()).json().get("status").asString()).isEqualTo("closed");
	}

	@Test
	void failedPatchChangesNothing() {
		String id = id(openTicket("All or nothing"));
		Response response = patch("/api/v1/tickets/" + id, adminToken(),
				Map.of("tags", List.of("first"), "priority", "high", "status", "closed"));
		assertThat(response.status()).isEqualTo(422);
		JsonNode unchanged = get("/api/v1/tickets/" + id, adminToken()).json();
		assertThat(unchanged.get("tags")).isEmpty();
		assertThat(unchanged.get("priority").asString()).isEqualTo("normal");
	}

	// ---- assignment, team, tags, subject, priority ----

	@Test
	void assignsAndUnassigns() {
		TestAgent agent = newAgent("agent");
		String id = id(openTicket("Assign me"));

		JsonNode assigned = patchOk(id, Map.of("assignee", agent.id()));
		assertThat(assigned.get("assignee").asString()).isEqualTo(agent.id());
		assertThat(assigned.get("status").asString()).as("assigning a new ticket opens it").isEqualTo("open");

		JsonNode unassigned = patchOk(id, "{\"assignee\": null}");
		assertThat(unassigned.get("assignee").isNull()).isTrue();
		assertThat(unassigned.get("status").asString()).isEqualTo("open");

		Response nobody = patch("/api/v1/tickets/" + id, adminToken(), Map.of("assignee", "" + Long.MAX_VALUE));
		assertThat(nobody.status()).isEqualTo(422);
		assertThat(nobody.errorCode()).isEqualTo("ticket.unknown_assignee");
	}

	@Test
	void refusesToAssignDisabledAgent() {
		TestAgent agent = newAgent("agent");
		assertThat(patch("/api/v1/agents/" + agent.id(), adminToken(), Map.of("enabled", false)).status()).isEqualTo(200);
		Response response = patch("/api/v1/tickets/" + id(openTicket("Disabled")), adminToken(),
				Map.of("assignee", agent.id()));
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.errorCode()).isEqualTo("ticket.assignee_disabled");
	}

	@Test
	void movesToTeamAndBack() {
		String team = newTeam();
		String id = id(openTicket("Team work"));
		assertThat(patchOk(id, Map.of("team", team)).get("team").asString()).isEqualTo(team);
		assertThat(patchOk(id, "{\"team\": null}").get("team").isNull()).isTrue();
		Response unknown = patch("/api/v1/tickets/" + id, adminToken(), Map.of("team", "" + Long.MAX_VALUE));
		assertThat(unknown.status()).isEqualTo(422);
		assertThat(unknown.errorCode()).isEqualTo("ticket.unknown_team");
	}

	@Test
	void normalizesTagsAndChangesSubjectAndPriority() {
		String id = id(openTicket("Tags"));
		JsonNode tagged = patchOk(id, Map.of("tags", List.of("Refund", "late delivery", "refund"), "subject", "Renamed",
				"priority", "urgent"));
		assertThat(tagged.get("tags")).extracting(JsonNode::asString).containsExactly("late-delivery", "refund");
		assertThat(tagged.get("subject").asString()).isEqualTo("Renamed");
		assertThat(tagged.get("priority").asString()).isEqualTo("urgent");
		assertThat(patchOk(id, Map.of("tags", List.of())).get("tags")).isEmpty();

		Response bad = patch("/api/v1/tickets/" + id, adminToken(), Map.of("tags", List.of("<script>")));
		assertThat(bad.status()).isEqualTo(422);
		assertThat(bad.errorCode()).isEqualTo("ticket.invalid_tag");
	}

	// ---- messages ----

	@Test
	void firstReplySetsFirstReplyTimeAndOpensNewTicket() {
		String id = id(openTicket("Reply"));
		Response reply = post("/api/v1/tickets/" + id + "/messages", adminToken(),
				Map.of("kind", "outbound", "body", "We are on it."));
		assertThat(reply.status()).as(reply.text()).isEqualTo(201);
		assertThat(reply.json().get("kind").asString()).isEqualTo("outbound");
		assertThat(reply.json().get("author").get("type").asString()).isEqualTo("agent");
		assertThat(reply.json().get("ticket").asString()).isEqualTo(id);

		JsonNode ticket = get("/api/v1/tickets/" + id, adminToken()).json();
		assertThat(ticket.get("status").asString()).isEqualTo("open");
		String firstReplyAt = ticket.get("firstReplyAt").asString();
		assertThat(firstReplyAt).isEqualTo(reply.json().get("createdAt").asString());

		Response second = post("/api/v1/tickets/" + id + "/messages", adminToken(),
				Map.of("body", "Shipped now.", "status", "pending"));
		assertThat(second.status()).isEqualTo(201);
		JsonNode after = get("/api/v1/tickets/" + id, adminToken()).json();
		assertThat(after.get("firstReplyAt").asString()).isEqualTo(firstReplyAt);
		assertThat(after.get("status").asString()).isEqualTo("pending");
		assertThat(messages(id)).extracting(m -> m.get("kind").asString()).containsExactly("inbound", "outbound",
				"outbound");
	}

	@Test
	void sanitizesHtmlOfReplies() {
		String id = id(openTicket("Html"));
		Response reply = post("/api/v1/tickets/" + id + "/messages", adminToken(),
				Map.of("html", "<p>Hi <b>there</b><script>alert(1)</script><img src=x onerror=alert(2)></p>"));
		assertThat(reply.status()).isEqualTo(201);
		assertThat(reply.json().get("html").asString()).contains("<b>there</b>").doesNotContain("script", "onerror");
		assertThat(reply.json().get("body").asString()).isEqualTo("Hi there");
	}

	@Test
	void noteChangesNeitherStatusNorFirstReply() {
		String id = id(openTicket("Note"));
		Response note = post("/api/v1/tickets/" + id + "/messages", adminToken(),
				Map.of("kind", "note", "body", "Customer is a VIP."));
		assertThat(note.status()).isEqualTo(201);
		assertThat(note.json().get("kind").asString()).isEqualTo("note");
		JsonNode ticket = get("/api/v1/tickets/" + id, adminToken()).json();
		assertThat(ticket.get("status").asString()).isEqualTo("new");
		assertThat(ticket.get("firstReplyAt").isNull()).isTrue();

		Response withStatus = post("/api/v1/tickets/" + id + "/messages", adminToken(),
				Map.of("kind", "note", "body", "x", "status", "solved"));
		assertThat(withStatus.status()).isEqualTo(400);
		assertThat(withStatus.errorCode()).isEqualTo("message.status_with_reply_only");
	}

	@Test
	void refusesEmptyMessage() {
		String id = id(openTicket("Empty"));
		Response empty = post("/api/v1/tickets/" + id + "/messages", adminToken(), Map.of("body", "   "));
		assertThat(empty.status()).isEqualTo(422);
		assertThat(empty.errorCode()).isEqualTo("message.empty");
	}

	@Test
	void reopensSolvedTicketWhenCustomerReplies() {
		String id = id(openTicket("Solved"));
		patchOk(id, Map.of("status", "solved"));
		Response inbound = post("/api/v1/tickets/" + id + "/messages", adminToken(),
				Map.of("kind", "inbound", "body", "It broke again."));
		assertThat(inbound.status()).isEqualTo(201);
		assertThat(inbound.json().get("ticket").asString()).isEqualTo(id);
		assertThat(inbound.json().get("author").get("type").asString()).isEqualTo("customer");
		JsonNode ticket = get("/api/v1/tickets/" + id, adminToken()).json();
		assertThat(ticket.get("status").asString()).isEqualTo("open");
		assertThat(ticket.get("solvedAt").isNull()).isTrue();
	}

	@Test
	void opensFollowUpWhenCustomerWritesToClosedTicket() {
		TestAgent agent = newAgent("agent");
		String team = newTeam();
		JsonNode original = openTicket("Closed one");
		String id = id(original);
		patchOk(id, Map.of("assignee", agent.id(), "team", team, "tags", List.of("warranty")));
		patchOk(id, Map.of("status", "solved"));
		patchOk(id, Map.of("status", "closed"));

		Response inbound = post("/api/v1/tickets/" + id + "/messages", adminToken(),
				Map.of("kind", "inbound", "body", "One more question."));
		assertThat(inbound.status()).as(inbound.text()).isEqualTo(201);
		String followUpId = inbound.json().get("ticket").asString();
		assertThat(followUpId).isNotEqualTo(id);

		JsonNode followUp = get("/api/v1/tickets/" + followUpId, adminToken()).json();
		assertThat(followUp.get("followUpOf").asString()).isEqualTo(id);
		assertThat(followUp.get("status").asString()).isEqualTo("new");
		assertThat(followUp.get("customer")).isEqualTo(original.get("customer"));
		assertThat(followUp.get("assignee").asString()).isEqualTo(agent.id());
		assertThat(followUp.get("team").asString()).isEqualTo(team);
		assertThat(followUp.get("tags")).extracting(JsonNode::asString).containsExactly("warranty");
		assertThat(messages(followUpId)).extracting(m -> m.get("body").asString()).containsExactly("One more question.");

		JsonNode closed = get("/api/v1/tickets/" + id, adminToken()).json();
		assertThat(closed.get("status").asString()).isEqualTo("closed");
		assertThat(messages(id)).hasSize(1);
	}

	@Test
	void refusesReplyToClosedTicketButTakesNotes() {
		String id = id(openTicket("Closed reply"));
		patchOk(id, Map.of("status", "solved"));
		patchOk(id, Map.of("status", "closed"));
		Response reply = post("/api/v1/tickets/" + id + "/messages", adminToken(), Map.of("body", "Too late"));
		assertThat(reply.status()).isEqualTo(422);
		assertThat(reply.errorCode()).isEqualTo("ticket.closed");
		assertThat(post("/api/v1/tickets/" + id + "/messages", adminToken(), Map.of("kind", "note", "body", "fyi"))
			.status()).isEqualTo(201);
	}

	// ---- merge and split ----

	@Test
	void mergeJoinsMessagesInTimeOrderAndClosesSource() {
		JsonNode source = openTicket(tagged(ticketRequest(brand(), "Source", uniqueEmail("m"), "A1"), "refund"));
		JsonNode target = openTicket(tagged(ticketRequest(brand(), "Target", uniqueEmail("m"), "B1"), "shipping"));
		post("/api/v1/tickets/" + id(source) + "/messages", adminToken(), Map.of("body", "A2 reply"));
		post("/api/v1/tickets/" + id(target) + "/messages", adminToken(), Map.of("kind", "inbound", "body", "B2"));

		Response merged = post("/api/v1/tickets/" + id(source) + "/merge", adminToken(), Map.of("into", id(target)));
		assertThat(merged.status()).as(merged.text()).isEqualTo(200);
		assertThat(merged.json().get("id").asString()).isEqualTo(id(target));
		assertThat(merged.json().get("tags")).extracting(JsonNode::asString).containsExactly("refund", "shipping");

		List<JsonNode> joined = messages(id(target));
		assertThat(joined.stream().filter(m -> !m.get("kind").asString().equals("note")).map(m -> m.get("body").asString()))
			.containsExactly("A1", "B1", "A2 reply", "B2");
		assertThat(joined).extracting(m -> Instant.parse(m.get("createdAt").asString()))
			.isSortedAccordingTo(Comparator.naturalOrder());
		assertThat(joined).filteredOn(m -> m.get("kind").asString().equals("note"))
			.singleElement()
			.satisfies(note -> assertThat(note.get("body").asString()).contains("#" + source.get("number").asLong()));

		JsonNode closed = get("/api/v1/tickets/" + id(source), adminToken()).json();
		assertThat(closed.get("status").asString()).isEqualTo("closed");
		assertThat(closed.get("mergedInto").asString()).isEqualTo(id(target));
		assertThat(messages(id(source))).singleElement().satisfies(note -> {
			assertThat(note.get("kind").asString()).isEqualTo("note");
			assertThat(note.get("body").asString()).contains("#" + target.get("number").asLong());
		});

		Response again = post("/api/v1/tickets/" + id(source) + "/merge", adminToken(), Map.of("into", id(target)));
		assertThat(again.status()).isEqualTo(422);
		assertThat(again.errorCode()).isEqualTo("ticket.closed");
		Response intoItself = post("/api/v1/tickets/" + id(target) + "/merge", adminToken(), Map.of("into", id(target)));
		assertThat(intoItself.status()).isEqualTo(422);
		assertThat(intoItself.errorCode()).isEqualTo("ticket.merge_into_itself");
		Response intoClosed = post("/api/v1/tickets/" + id(target) + "/merge", adminToken(), Map.of("into", id(source)));
		assertThat(intoClosed.status()).isEqualTo(422);
		assertThat(intoClosed.errorCode()).isEqualTo("ticket.merge_into_closed");
	}

	@Test
	void splitMovesOneMessageIntoLinkedTicket() {
		TestAgent agent = newAgent("agent");
		JsonNode source = openTicket("Two questions");
		patchOk(source, Map.of("assignee", agent.id(), "priority", "high"));
		Response second = post("/api/v1/tickets/" + id(source) + "/messages", adminToken(),
				Map.of("kind", "inbound", "body", "Also: my second order has the wrong colour."));
		String messageId = second.json().get("id").asString();

		Response split = post("/api/v1/tickets/" + id(source) + "/split", adminToken(),
				Map.of("message", messageId, "subject", "Second order: wrong colour"));
		assertThat(split.status()).as(split.text()).isEqualTo(201);
		JsonNode created = split.json();
		assertThat(created.get("id").asString()).isNotEqualTo(id(source));
		assertThat(created.get("splitFrom").asString()).isEqualTo(id(source));
		assertThat(created.get("subject").asString()).isEqualTo("Second order: wrong colour");
		assertThat(created.get("customer")).isEqualTo(source.get("customer"));
		assertThat(created.get("assignee").asString()).isEqualTo(agent.id());
		assertThat(created.get("priority").asString()).isEqualTo("high");
		assertThat(get("/api/v1/tickets/" + id(created), adminToken()).json()).isEqualTo(created);

		List<JsonNode> moved = messages(id(created));
		assertThat(moved).extracting(m -> m.get("kind").asString()).containsExactly("inbound", "note");
		assertThat(moved.get(0).get("id").asString()).isEqualTo(messageId);
		assertThat(moved.get(1).get("body").asString()).contains("#" + source.get("number").asLong());

		List<JsonNode> left = messages(id(source));
		assertThat(left).extracting(m -> m.get("kind").asString()).containsExactly("inbound", "note");
		assertThat(left.get(1).get("body").asString()).contains("#" + created.get("number").asLong());
	}

	@Test
	void refusesToSplitNotesOnlyMessagesAndForeignMessages() {
		String id = id(openTicket("Split rules"));
		String only = messages(id).get(0).get("id").asString();
		Response onlyMessage = post("/api/v1/tickets/" + id + "/split", adminToken(), Map.of("message", only));
		assertThat(onlyMessage.status()).isEqualTo(422);
		assertThat(onlyMessage.errorCode()).isEqualTo("ticket.split_only_message");

		String note = post("/api/v1/tickets/" + id + "/messages", adminToken(), Map.of("kind", "note", "body", "n"))
			.json().get("id").asString();
		Response splitNote = post("/api/v1/tickets/" + id + "/split", adminToken(), Map.of("message", note));
		assertThat(splitNote.status()).isEqualTo(422);
		assertThat(splitNote.errorCode()).isEqualTo("ticket.split_note");

		String foreign = messages(id(openTicket("Other"))).get(0).get("id").asString();
		Response splitForeign = post("/api/v1/tickets/" + id + "/split", adminToken(), Map.of("message", foreign));
		assertThat(splitForeign.status()).isEqualTo(404);
		assertThat(splitForeign.errorCode()).isEqualTo("message.not_found");
	}

	// ---- attachments ----

	@Test
	void storesBase64AttachmentAndServesTheSameBytes() {
		byte[] content = new byte[70_000];
		new Random(7).nextBytes(content);
		String id = id(openTicket("Attachment"));
		Response reply = post("/api/v1/tickets/" + id + "/messages", adminToken(),
				Map.of("body", "The label is attached.", "attachments",
						List.of(Map.of("fileName", "../../etc/label 1.pdf", "contentType", "application/pdf", "data",
								Base64.getEncoder().encodeToString(content)))));
		assertThat(reply.status()).as(reply.text()).isEqualTo(201);
		JsonNode attachment = reply.json().get("attachments").get(0);
		assertThat(attachment.get("fileName").asString()).isEqualTo("label 1.pdf");
		assertThat(attachment.get("size").asLong()).isEqualTo(content.length);
		assertThat(attachment.get("url").asString()).isEqualTo("/api/v1/attachments/" + attachment.get("id").asString());
		assertThat(messages(id).get(1).get("attachments").get(0)).isEqualTo(attachment);

		Response download = get(attachment.get("url").asString(), adminToken());
		assertThat(download.status()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(content);
		assertThat(download.header("Content-Type")).hasValue("application/pdf");
		assertThat(download.header("Content-Disposition").orElseThrow()).startsWith("attachment").contains("label");

		assertThat(get(attachment.get("url").asString(), null).status()).isEqualTo(401);
		assertThat(get("/api/v1/attachments/" + Long.MAX_VALUE, adminToken()).status()).isEqualTo(404);
	}

	@Test
	void refusesAttachmentOverTheLimitWith413() {
		String id = id(openTicket("Big attachment"));
		byte[] tooBig = new byte[10 * 1024 * 1024 + 1];
		Response response = post("/api/v1/tickets/" + id + "/messages", adminToken(), Map.of("body", "huge",
				"attachments", List.of(Map.of("fileName", "big.bin", "data", Base64.getEncoder().encodeToString(tooBig)))));
		assertThat(response.status()).isEqualTo(413);
		assertThat(response.errorCode()).isEqualTo("attachment.too_large");
		assertThat(messages(id)).hasSize(1);
	}

	@Test
	void refusesInvalidBase64() {
		String id = id(openTicket("Bad base64"));
		Response response = post("/api/v1/tickets/" + id + "/messages", adminToken(),
				Map.of("body", "x", "attachments", List.of(Map.of("fileName", "a.txt", "data", "***"))));
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.errorCode()).isEqualTo("attachment.invalid_data");
	}

	// ---- idempotency ----

	@Test
	void replaysTicketForRepeatedIdempotencyKey() {
		Map<String, Object> request = ticketRequest(brand(), "Idempotent", uniqueEmail("i"), "once");
		Map<String, String> key = Map.of("Idempotency-Key", "key-" + unique());
		Response first = sendJson("POST", "/api/v1/tickets", adminToken(), request, key);
		Response retry = sendJson("POST", "/api/v1/tickets", adminToken(), request, key);
		assertThat(first.status()).isEqualTo(201);
		assertThat(retry.status()).isEqualTo(201);
		assertThat(first.header("Idempotent-Replayed")).hasValue("false");
		assertThat(retry.header("Idempotent-Replayed")).hasValue("true");
		assertThat(retry.json().get("id")).isEqualTo(first.json().get("id"));
		assertThat(messages(id(first.json()))).hasSize(1);

		Response otherKey = sendJson("POST", "/api/v1/tickets", adminToken(), request,
				Map.of("Idempotency-Key", "key-" + unique()));
		assertThat(otherKey.json().get("id")).isNotEqualTo(first.json().get("id"));

		TestAgent agent = newAgent("agent");
		Response otherAgent = sendJson("POST", "/api/v1/tickets", agent.token(), request, key);
		assertThat(otherAgent.status()).isEqualTo(201);
		assertThat(otherAgent.json().get("id")).as("keys are scoped per agent").isNotEqualTo(first.json().get("id"));
	}

	@Test
	void concurrentRetriesWithOneIdempotencyKeyOpenOneTicket() throws Exception {
		Map<String, Object> request = ticketRequest(brand(), "Raced", uniqueEmail("race"), "once");
		Map<String, String> key = Map.of("Idempotency-Key", "race-" + unique());
		String token = adminToken();
		List<Response> responses = inParallel(8, i -> sendJson("POST", "/api/v1/tickets", token, request, key));
		assertThat(responses).extracting(Response::status).allMatch(status -> status == 201 || status == 409);
		assertThat(responses.stream().filter(r -> r.status() == 201).map(r -> r.json().get("id").asString()).distinct())
			.hasSize(1);
		responses.stream().filter(r -> r.status() == 409).forEach(Response::errorCode);
		assertThat(sendJson("POST", "/api/v1/tickets", token, request, key).header("Idempotent-Replayed")).hasValue("true");
	}

	@Test
	void concurrentChangesToOneTicketNeverFailWithServerError() throws Exception {
		String id = id(openTicket("Contended"));
		String token = adminToken();
		List<Response> responses = inParallel(10, i -> i % 2 == 0
				? patch("/api/v1/tickets/" + id, token, Map.of("subject", "Contended " + i, "priority", "high"))
				: post("/api/v1/tickets/" + id + "/messages", token, Map.of("body", "reply " + i)));
		assertThat(responses).extracting(Response::status).allMatch(status -> status == 200 || status == 201 || status == 409);
		responses.stream().filter(r -> r.status() == 409).forEach(r -> assertThat(r.errorCode()).isEqualTo(
				"conflict.concurrent_update"));
		assertThat(get("/api/v1/tickets/" + id, adminToken()).status()).isEqualTo(200);
	}

	@Test
	void refusesOverlongIdempotencyKey() {
		Response response = sendJson("POST", "/api/v1/tickets", adminToken(),
				ticketRequest(brand(), "Long key", uniqueEmail("i"), "x"), Map.of("Idempotency-Key", "k".repeat(201)));
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.errorCode()).isEqualTo("request.invalid_idempotency_key");
	}

	// ---- helpers ----

	private static String id(JsonNode ticket) {
		return ticket.get("id").asString();
	}

	private static Map<String, Object> tagged(Map<String, Object> request, String tag) {
		return with(request, "tags", List.of(tag));
	}

	private static Map<String, Object> with(Map<String, Object> request, String field, Object value) {
		request.put(field, value);
		return request;
	}

	private String newTeam() {
		Response team = post("/api/v1/teams", adminToken(), Map.of("name", "Team " + unique(), "timeZone", "Asia/Manila"));
		assertThat(team.status()).as(team.text()).isEqualTo(201);
		return team.json().get("id").asString();
	}

	private JsonNode patchOk(JsonNode ticket, Object changes) {
		return patchOk(id(ticket), changes);
	}

	private JsonNode patchOk(String id, Object changes) {
		Response response = patch("/api/v1/tickets/" + id, adminToken(), changes);
		assertThat(response.status()).as(response.text()).isEqualTo(200);
		return response.json();
	}

	private List<JsonNode> messages(String ticketId) {
		Response response = get("/api/v1/tickets/" + ticketId + "/messages", adminToken());
		assertThat(response.status()).as(response.text()).isEqualTo(200);
		return StreamSupport.stream(response.json().get("items").spliterator(), false).toList();
	}

	private List<String> list(String query) {
		return listAs(adminToken(), query);
	}

	private List<String> listAs(String token, String query) {
		Response response = get("/api/v1/tickets?limit=100&" + query, token);
		assertThat(response.status()).as(response.text()).isEqualTo(200);
		assertThat(response.json().get("nextCursor").isNull()).isTrue();
		return StreamSupport.stream(response.json().get("items").spliterator(), false).map(TicketApiTests::id).toList();
	}

	private static List<Response> inParallel(int count, java.util.function.IntFunction<Response> call) throws Exception {
		var pool = java.util.concurrent.Executors.newFixedThreadPool(count);
		try {
			var start = new java.util.concurrent.CountDownLatch(1);
			List<java.util.concurrent.Future<Response>> futures = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				int n = i;
				futures.add(pool.submit(() -> {
					start.await();
					return call.apply(n);
				}));
			}
			start.countDown();
			List<Response> responses = new ArrayList<>();
			for (var future : futures) {
				responses.add(future.get(60, java.util.concurrent.TimeUnit.SECONDS));
			}
			return responses;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private List<String> pageAll(String query, int limit) {
		List<String> seen = new ArrayList<>();
		Set<String> cursors = new LinkedHashSet<>();
		String cursor = null;
		do {
			Response page = get("/api/v1/tickets?limit=" + limit + "&" + query + (cursor == null ? "" : "&cursor=" + cursor),
					adminToken());
			assertThat(page.status()).as(page.text()).isEqualTo(200);
			JsonNode items = page.json().get("items");
			assertThat(items.size()).isBetween(0, limit);
			items.forEach(item -> seen.add(id(item)));
			JsonNode next = page.json().get("nextCursor");
			cursor = next.isNull() ? null : next.asString();
			if (cursor != null) {
				assertThat(items.size()).isEqualTo(limit);
				assertThat(cursors.add(cursor)).as("cursor repeats").isTrue();
			}
		}
		while (cursor != null && seen.size() < 1000);
		return seen;
	}
}
