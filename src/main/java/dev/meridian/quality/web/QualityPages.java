package dev.meridian.quality.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.meridian.identity.AgentId;
import dev.meridian.identity.AgentPrincipal;
import dev.meridian.identity.Agents;
import dev.meridian.quality.Actor;
import dev.meridian.quality.BusinessType;
import dev.meridian.quality.Category;
import dev.meridian.quality.DisputeId;
import dev.meridian.quality.DisputeStatus;
import dev.meridian.quality.DisputeView;
import dev.meridian.quality.InspectionView;
import dev.meridian.quality.Inspections;
import dev.meridian.quality.ItemScore;
import dev.meridian.quality.ItemType;
import dev.meridian.quality.ReviewId;
import dev.meridian.quality.ReviewStatus;
import dev.meridian.quality.ReviewSubmission;
import dev.meridian.quality.ReviewView;
import dev.meridian.quality.Reviews;
import dev.meridian.quality.ScorecardItem;
import dev.meridian.quality.ScorecardVersionView;
import dev.meridian.quality.Scorecards;
import dev.meridian.shared.DomainException;
import dev.meridian.ticket.MessageKind;
import dev.meridian.ticket.MessageView;
import dev.meridian.ticket.TicketView;
import dev.meridian.ticket.Tickets;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The reviewer workspace: the reviews waiting for me, the reviews of my own conversations, open disputes for leads;
 * one review with the conversation, the automatic findings highlighted in the text, the scorecard to fill in, the
 * agent's disputes and the lead's decisions. Forms post and come back to the review; htmx swaps only the panel.
 */
@Controller
@PreAuthorize("hasAuthority('ticket:read')")
class QualityPages {

	/** A piece of a message's text, highlighted when a finding points at it. */
	record Segment(String text, @Nullable String label, int depth) {
	}

	/** A scorecard line on the form: the item, what the reviewer (or, before them, the inspection) gave it. */
	record Line(ScorecardItem item, String label, int points, boolean breached, @Nullable String note, boolean hit,
			@Nullable DisputeView dispute) {
	}

	private final Reviews reviews;
	private final Inspections inspections;
	private final Scorecards scorecards;
	private final Tickets tickets;
	private final Agents agents;
	private final QualityLabels labels;

	QualityPages(Reviews reviews, Inspections inspections, Scorecards scorecards, Tickets tickets, Agents agents,
			QualityLabels labels) {
		this.reviews = reviews;
		this.inspections = inspections;
		this.scorecards = scorecards;
		this.tickets = tickets;
		this.agents = agents;
		this.labels = labels;
	}

	@GetMapping("/quality")
	String home() {
		return "redirect:/quality/reviews";
	}

	@GetMapping("/quality/reviews")
	String list(@AuthenticationPrincipal AgentPrincipal me, Model model) {
		Actor actor = Actor.of(me);
		model.addAttribute("toReview", reviews.toReview(actor));
		model.addAttribute("mine", reviews.ofAgent(me.id(), actor));
		model.addAttribute("disputes", actor.lead() ? reviews.openDisputes(actor) : List.of());
		model.addAttribute("lead", actor.lead());
		model.addAttribute("tickets", new TicketLookup(tickets));
		model.addAttribute("names", new NameLookup(agents));
		return "quality/reviews";
	}

	@GetMapping("/quality/reviews/{id}")
	String show(@PathVariable String id, @AuthenticationPrincipal AgentPrincipal me, Model model) {
		ReviewView review;
		try {
			review = reviews.get(ReviewId.parse(id), Actor.of(me));
		}
		catch (DomainException e) {
			throw new ResponseStatusException(e.kind() == DomainException.Kind.FORBIDDEN ? HttpStatus.FORBIDDEN
					: HttpStatus.NOT_FOUND);
		}
		fill(model, review, me, null);
		return "quality/review";
	}

	@PostMapping("/quality/reviews/{id}")
	String submit(@PathVariable String id, @RequestParam MultiValueMap<String, String> form,
			@AuthenticationPrincipal AgentPrincipal me, Model model, RedirectAttributes redirect) {
		ReviewId reviewId = ReviewId.parse(id);
		Actor actor = Actor.of(me);
		ReviewView review = reviews.get(reviewId, actor);
		ScorecardVersionView version = scorecards.version(review.scorecardVersion());
		List<ItemScore> scores = new ArrayList<>();
		for (ScorecardItem item : version.items()) {
			String points = form.getFirst("points." + item.key());
			scores.add(new ItemScore(item.key(), parse(points), "true".equals(form.getFirst("breached." + item.key())),
					form.getFirst("note." + item.key())));
		}
		Set<BusinessType> types = EnumSet.noneOf(BusinessType.class);
		List<String> chosen = form.get("businessType");
		if (chosen != null) {
			chosen.forEach(t -> types.add(BusinessType.parse(t)));
		}
		try {
			reviews.submit(reviewId, new ReviewSubmission(scores, form.getFirst("comment"), types), actor);
		}
		catch (DomainException e) {
			fill(model, review, me, e);
			return "quality/review";
		}
		redirect.addFlashAttribute("notice", "quality.review.submitted");
		return "redirect:/quality/reviews/" + id;
	}

	@PostMapping("/quality/reviews/{id}/disputes")
	String dispute(@PathVariable String id, @RequestParam String item, @RequestParam(defaultValue = "") String reason,
			@AuthenticationPrincipal AgentPrincipal me, Model model, RedirectAttributes redirect) {
		ReviewId reviewId = ReviewId.parse(id);
		try {
			reviews.dispute(reviewId, item, reason, Actor.of(me));
		}
		catch (DomainException e) {
			fill(model, reviews.get(reviewId, Actor.of(me)), me, e);
			return "quality/review";
		}
		redirect.addFlashAttribute("notice", "quality.dispute.sent");
		return "redirect:/quality/reviews/" + id;
	}

	@PostMapping("/quality/disputes/{id}/decision")
	String decide(@PathVariable String id, @RequestParam String review, @RequestParam boolean upheld,
			@RequestParam(required = false) @Nullable String note, @AuthenticationPrincipal AgentPrincipal me, Model model,
			RedirectAttributes redirect) {
		try {
			reviews.decide(DisputeId.parse(id), upheld, null, note, Actor.of(me));
		}
		catch (DomainException e) {
			fill(model, reviews.get(ReviewId.parse(review), Actor.of(me)), me, e);
			return "quality/review";
		}
		redirect.addFlashAttribute("notice", upheld ? "quality.dispute.upheld_notice" : "quality.dispute.rejected_notice");
		return "redirect:/quality/reviews/" + review;
	}

	private void fill(Model model, ReviewView review, AgentPrincipal me, @Nullable DomainException error) {
		Actor actor = Actor.of(me);
		TicketView ticket = tickets.get(review.ticket());
		List<MessageView> conversation = tickets.conversation(review.ticket()).stream()
			.filter(m -> m.kind() != MessageKind.NOTE)
			.toList();
		ScorecardVersionView version = scorecards.version(review.scorecardVersion());
		Optional<InspectionView> inspection = inspections.of(review.ticket());
		List<InspectionView.Hit> hits = inspection.map(InspectionView::hits).orElse(List.of());
		Map<String, ItemScore> given = new HashMap<>();
		review.scores().forEach(s -> given.put(s.item(), s));
		Map<String, DisputeView> disputes = new HashMap<>();
		review.disputes().forEach(d -> disputes.put(d.item(), d));
		Map<Category, List<Line>> lines = new LinkedHashMap<>();
		for (ScorecardItem item : version.items()) {
			boolean hit = hits.stream().anyMatch(h -> h.item().equals(item.key()));
			ItemScore score = given.get(item.key());
			int points = score != null ? score.points() : hit || item.type() == ItemType.RED_LINE ? 0 : item.points();
			boolean breached = score != null ? score.breached() : hit && item.type() == ItemType.RED_LINE;
			lines.computeIfAbsent(item.category(), c -> new ArrayList<>())
				.add(new Line(item, labels.item(item), points, breached, score == null ? null : score.note(), hit,
						disputes.get(item.key())));
		}
		Map<String, String> itemLabels = new HashMap<>();
		version.items().forEach(i -> itemLabels.put(i.key(), labels.item(i)));
		Map<String, List<Segment>> segments = new HashMap<>();
		for (MessageView m : conversation) {
			segments.put(m.id().toString(), segments(m, hits, itemLabels));
		}
		boolean editable = review.status() == ReviewStatus.ASSIGNED && me.id().equals(review.reviewer())
				&& !me.id().equals(review.agent());
		model.addAttribute("review", review);
		model.addAttribute("ticket", ticket);
		model.addAttribute("conversation", conversation);
		model.addAttribute("segments", segments);
		model.addAttribute("hits", hits);
		model.addAttribute("itemLabels", itemLabels);
		model.addAttribute("inspection", inspection.orElse(null));
		model.addAttribute("lines", lines);
		model.addAttribute("version", version);
		model.addAttribute("editable", editable);
		model.addAttribute("canDispute", review.status() == ReviewStatus.SUBMITTED && me.id().equals(review.agent()));
		model.addAttribute("canDecide", actor.lead());
		model.addAttribute("me", me.id());
		model.addAttribute("businessTypes", BusinessType.values());
		model.addAttribute("names", new NameLookup(agents));
		model.addAttribute("open", DisputeStatus.OPEN);
		if (error != null) {
			model.addAttribute("error", "quality.error." + error.code());
			model.addAttribute("errorFallback", error.getMessage());
		}
	}

	/**
	 * The message's text cut wherever a finding starts or ends; each piece carries the labels of the findings that
	 * cover it, so a card number inside a line that also lacks a greeting shows both.
	 */
	static List<Segment> segments(MessageView message, List<InspectionView.Hit> hits, Map<String, String> labels) {
		String text = message.body();
		List<InspectionView.Hit> mine = hits.stream()
			.filter(h -> message.id().equals(h.message()) && h.end() > h.start() && h.end() <= text.length())
			.toList();
		java.util.TreeSet<Integer> cuts = new java.util.TreeSet<>(List.of(0, text.length()));
		mine.forEach(h -> {
			cuts.add(h.start());
			cuts.add(h.end());
		});
		List<Segment> segments = new ArrayList<>();
		Integer from = null;
		for (int to : cuts) {
			if (from != null && to > from) {
				int a = from;
				List<String> covering = mine.stream()
					.filter(h -> h.start() <= a && h.end() >= to)
					.map(h -> labels.getOrDefault(h.item(), h.item()))
					.distinct()
					.toList();
				segments.add(new Segment(text.substring(a, to), covering.isEmpty() ? null : String.join(" · ", covering),
						covering.size()));
			}
			from = to;
		}
		return segments;
	}

	private static int parse(@Nullable String points) {
		try {
			return points == null || points.isBlank() ? 0 : Integer.parseInt(points.strip());
		}
		catch (NumberFormatException e) {
			return -1;
		}
	}

	/** Agent names for the templates, as {@code ${names.of(id)}}. */
	public static final class NameLookup {

		private final Agents agents;
		private final Map<AgentId, String> known = new HashMap<>();

		NameLookup(Agents agents) {
			this.agents = agents;
		}

		public String of(@Nullable AgentId id) {
			if (id == null) {
				return "–";
			}
			return known.computeIfAbsent(id, a -> agents.exists(a) ? agents.get(a).name() : a.toString());
		}
	}

	/** Ticket numbers and subjects for the lists, as {@code ${tickets.of(id)}}. */
	public static final class TicketLookup {

		private final Tickets tickets;

		TicketLookup(Tickets tickets) {
			this.tickets = tickets;
		}

		public TicketView of(dev.meridian.ticket.TicketId id) {
			return tickets.get(id);
		}
	}
}
