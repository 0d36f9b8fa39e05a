package dev.meridian.language.internal;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.meridian.customer.CustomerId;
import dev.meridian.customer.CustomerView;
import dev.meridian.customer.Customers;
import dev.meridian.identity.BrandId;
import dev.meridian.language.Detection;
import dev.meridian.language.LanguageDetector;
import dev.meridian.ticket.AuthorType;
import dev.meridian.ticket.Channel;
import dev.meridian.ticket.MessageId;
import dev.meridian.ticket.MessageKind;
import dev.meridian.ticket.MessageReceived;
import dev.meridian.ticket.MessageView;
import dev.meridian.ticket.Priority;
import dev.meridian.ticket.TicketId;
import dev.meridian.ticket.TicketStatus;
import dev.meridian.ticket.TicketView;
import dev.meridian.ticket.Tickets;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class MessageLanguageListenerTests {

	private static final TicketId TICKET = new TicketId(7);

	private final LanguageDetector detector = mock(LanguageDetector.class);
	private final Tickets tickets = mock(Tickets.class);
	private final Customers customers = mock(Customers.class);
	private final MessageLanguageListener listener = new MessageLanguageListener(detector,
			new LanguageSettings(false, false, 15, 0.05), tickets, customers);

	@Test
	void failingDetectorLeavesTheMessageWithoutLanguageAndIntakeGoesOn() {
		conversation(List.of(message(1, MessageKind.INBOUND, null)));
		when(detector.detect(anyString())).thenThrow(new IllegalStateException("model file corrupt"));

		listener.on(new MessageReceived(TICKET, new MessageId(1)));

		verify(tickets, never()).setLanguage(any(), any(), anyString(), any(), anyBoolean());
		verifyNoInteractions(customers);
	}

	@Test
	void doesNotDetectAgentsReplies() {
		conversation(List.of(message(1, MessageKind.OUTBOUND, null)));

		listener.on(new MessageReceived(TICKET, new MessageId(1)));

		verifyNoInteractions(detector);
		verify(tickets, never()).setLanguage(any(), any(), anyString(), any(), anyBoolean());
	}

	@Test
	void agentsChoiceSticksAgainstALanguageSeenEarlierOnTheTicket() {
		conversation(List.of(message(1, MessageKind.INBOUND, "es"),
				message(2, MessageKind.OUTBOUND, null), message(3, MessageKind.INBOUND, null)));
		when(tickets.get(TICKET)).thenReturn(ticket("pt", true));
		when(customers.get(new CustomerId(5))).thenReturn(customer("es"));
		when(detector.detect(anyString())).thenReturn(new Detection("es", 0.2));

		listener.on(new MessageReceived(TICKET, new MessageId(3)));

		verify(tickets).setLanguage(TICKET, new MessageId(3), "es", 0.2, false);
		verify(customers, never()).setLanguage(any(), anyString());
	}

	@Test
	void confidentDetectionMovesTicketAndCustomer() {
		conversation(List.of(message(1, MessageKind.INBOUND, null)));
		when(tickets.get(TICKET)).thenReturn(ticket(null, false));
		when(customers.get(new CustomerId(5))).thenReturn(customer(null));
		when(detector.detect(anyString())).thenReturn(new Detection("ja", 1.0));

		listener.on(new MessageReceived(TICKET, new MessageId(1)));

		verify(tickets).setLanguage(TICKET, new MessageId(1), "ja", 1.0, true);
		verify(customers).setLanguage(new CustomerId(5), "ja");
	}

	@Test
	void undeterminedMessageIsRecordedWithoutConfidence() {
		conversation(List.of(message(1, MessageKind.INBOUND, null)));
		when(tickets.get(TICKET)).thenReturn(ticket("de", false));
		when(customers.get(new CustomerId(5))).thenReturn(customer("de"));
		when(detector.detect(anyString())).thenReturn(Detection.undetermined());

		listener.on(new MessageReceived(TICKET, new MessageId(1)));

		verify(tickets).setLanguage(TICKET, new MessageId(1), "und", null, false);
		verify(customers, never()).setLanguage(any(), anyString());
	}

	/** The ticket's messages as the listener sees them: each one, and the languages before it. */
	private void conversation(List<MessageView> messages) {
		for (int i = 0; i < messages.size(); i++) {
			MessageView message = messages.get(i);
			when(tickets.message(TICKET, message.id())).thenReturn(Optional.of(message));
			when(tickets.customerLanguagesBefore(message)).thenReturn(messages.subList(0, i)
				.stream()
				.filter(m -> m.kind() == MessageKind.INBOUND && m.language() != null)
				.map(MessageView::language)
				.collect(Collectors.toSet()));
		}
	}

	private static MessageView message(long id, MessageKind kind, @Nullable String language) {
		return new MessageView(new MessageId(id), TICKET, kind,
				kind == MessageKind.INBOUND ? AuthorType.CUSTOMER : AuthorType.AGENT, "5", "Someone", "text " + id,
				null, language, null, Instant.EPOCH, List.of());
	}

	private static TicketView ticket(@Nullable String language, boolean byAgent) {
		return new TicketView(TICKET, 1, "Order", TicketStatus.OPEN, Priority.NORMAL, new BrandId(1), Channel.EMAIL,
				new CustomerId(5), null, null, List.of(), language, byAgent, null, null, null, Instant.EPOCH,
				Instant.EPOCH, null, null, null, null);
	}

	private static CustomerView customer(@Nullable String language) {
		return new CustomerView(new CustomerId(5), "Someone", null, language, null, null, List.of(), Instant.EPOCH,
				Instant.EPOCH);
	}
}
