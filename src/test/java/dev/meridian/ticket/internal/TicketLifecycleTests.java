package dev.meridian.ticket.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import dev.meridian.customer.CustomerId;
import dev.meridian.identity.AgentId;
import dev.meridian.identity.BrandId;
import dev.meridian.shared.DomainException;
import dev.meridian.ticket.Channel;
import dev.meridian.ticket.Priority;
import dev.meridian.ticket.TicketStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.test.util.ReflectionTestUtils;

class TicketLifecycleTests {

	private static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");

	private static Ticket newTicket(long id) {
		Ticket ticket = new Ticket(1000 + id, "Where is my order?", new BrandId(1), Channel.EMAIL, new CustomerId(7),
				Priority.NORMAL, T0);
		ReflectionTestUtils.setField(ticket, "id", id);
		return ticket;
	}

	@Test
	void startsNewWithCreationTimes() {
		Ticket ticket = newTicket(1);
		assertThat(ticket.status()).isEqualTo(TicketStatus.NEW);
		assertThat(ticket.view().createdAt()).isEqualTo(T0);
		assertThat(ticket.view().firstReplyAt()).isNull();
	}

	@Test
	void firstAgentReplyOpensTicketAndSetsFirstReplyTime() {
		Ticket ticket = newTicket(1);
		ticket.agentReplied(T0.plusSeconds(60));
		ticket.agentReplied(T0.plusSeconds(120));
		assertThat(ticket.status()).isEqualTo(TicketStatus.OPEN);
		assertThat(ticket.view().firstReplyAt()).isEqualTo(T0.plusSeconds(60));
	}

	@Test
	void reopensSolvedTicketWhenCustomerReplies() {
		Ticket ticket = newTicket(1);
		ticket.changeStatus(TicketStatus.SOLVED, T0.plusSeconds(10));
		assertThat(ticket.view().solvedAt()).isEqualTo(T0.plusSeconds(10));
		TicketStatus before = ticket.customerWrote(T0.plusSeconds(20));
		assertThat(before).isEqualTo(TicketStatus.SOLVED);
		assertThat(ticket.status()).isEqualTo(TicketStatus.OPEN);
		assertThat(ticket.view().solvedAt()).isNull();
	}

	@ParameterizedTest
	@EnumSource(value = TicketStatus.class, names = { "PENDING", "ON_HOLD" })
	void customerReplyReopensWaitingTicket(TicketStatus waiting) {
		Ticket ticket = newTicket(1);
		ticket.changeStatus(waiting, T0);
		ticket.customerWrote(T0.plusSeconds(5));
		assertThat(ticket.status()).isEqualTo(TicketStatus.OPEN);
	}

	@Test
	void closedTicketRefusesCustomerMessageSoThatAFollowUpOpens() {
		Ticket ticket = newTicket(1);
		ticket.changeStatus(TicketStatus.SOLVED, T0);
		ticket.changeStatus(TicketStatus.CLOSED, T0.plusSeconds(1));
		assertThatThrownBy(() -> ticket.customerWrote(T0.plusSeconds(2))).isInstanceOf(DomainException.class)
			.hasFieldOrPropertyWithValue("code", "ticket.closed");
	}

	@ParameterizedTest
	@EnumSource(TicketStatus.class)
	void neverReturnsToNew(TicketStatus from) {
		assertThat(from.canMoveTo(TicketStatus.NEW)).isFalse();
	}

	@Test
	void onlySolvedTicketsClose() {
		for (TicketStatus status : TicketStatus.values()) {
			assertThat(status.canMoveTo(TicketStatus.CLOSED)).as(status.key()).isEqualTo(status == TicketStatus.SOLVED);
		}
	}

	@Test
	void rejectsIllegalTransitionWithStableCode() {
		Ticket ticket = newTicket(1);
		ticket.changeStatus(TicketStatus.SOLVED, T0);
		assertThatThrownBy(() -> ticket.changeStatus(TicketStatus.PENDING, T0)).isInstanceOf(DomainException.class)
			.hasFieldOrPropertyWithValue("code", "ticket.invalid_transition")
			.hasMessageContaining("allowed: open, closed");
	}

	@Test
	void assigningANewTicketOpensIt() {
		Ticket ticket = newTicket(1);
		ticket.assign(new AgentId(3), T0);
		assertThat(ticket.status()).isEqualTo(TicketStatus.OPEN);
		assertThat(ticket.view().assignee()).isEqualTo(new AgentId(3));
	}

	@Test
	void normalizesTagsAndRejectsBadOnes() {
		Ticket ticket = newTicket(1);
		ticket.retag(List.of("Refund", "amazon-de", "late delivery"), T0);
		assertThat(ticket.view().tags()).containsExactly("amazon-de", "late-delivery", "refund");
		assertThatThrownBy(() -> ticket.retag(List.of("<script>"), T0)).hasFieldOrPropertyWithValue("code",
				"ticket.invalid_tag");
	}

	@Test
	void mergeClosesSourceWithLinkAndUnitesTags() {
		Ticket source = newTicket(1);
		Ticket target = newTicket(2);
		source.retag(List.of("refund"), T0);
		target.retag(List.of("shipping"), T0);
		source.mergeInto(target, T0.plusSeconds(5));
		assertThat(source.status()).isEqualTo(TicketStatus.CLOSED);
		assertThat(source.view().mergedInto()).isEqualTo(target.view().id());
		assertThat(target.view().tags()).containsExactly("refund", "shipping");
	}

	@Test
	void refusesToMergeIntoItselfOrIntoClosedTicket() {
		Ticket ticket = newTicket(1);
		assertThatThrownBy(() -> ticket.mergeInto(ticket, T0)).hasFieldOrPropertyWithValue("code",
				"ticket.merge_into_itself");
		Ticket closed = newTicket(2);
		closed.changeStatus(TicketStatus.SOLVED, T0);
		closed.changeStatus(TicketStatus.CLOSED, T0);
		assertThatThrownBy(() -> ticket.mergeInto(closed, T0)).hasFieldOrPropertyWithValue("code",
				"ticket.merge_into_closed");
	}
}
