package dev.meridian.channel.email;

import static dev.meridian.channel.email.EmailTestSupport.newBrand;
import static dev.meridian.channel.email.EmailTestSupport.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.identity.BrandId;
import dev.meridian.identity.Brands;
import dev.meridian.ticket.TicketChanges;
import dev.meridian.ticket.TicketId;
import dev.meridian.ticket.TicketStatus;
import dev.meridian.ticket.TicketView;
import dev.meridian.ticket.Tickets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Each threading rule, and the failures users of other help desks report most. */
@SpringBootTest
class ThreadingIntegrationTests {

	@Autowired
	Brands brands;

	@Autowired
	Mailboxes mailboxes;

	@Autowired
	InboundMail inbound;

	@Autowired
	Tickets tickets;

	MailboxView mailbox;
	String customer;

	@BeforeEach
	void setUp() {
		BrandId brand = newBrand(brands);
		mailbox = mailboxes.create(new MailboxDraft(brand.toString(), "Support", unique("support") + "@shop.example",
				null, null, false, null, false));
		customer = unique("customer") + "@buyer.example";
	}

	private Imported receive(TestMail mail) {
		return inbound.receive(mailbox.id(), mail.to(mailbox.address()).bytes(), "test");
	}

	private TicketId first(TestMail mail) {
		Imported imported = receive(mail);
		assertThat(imported.outcome()).isEqualTo(Imported.Outcome.ADDED);
		return imported.ticket();
	}

	@Test
	void threadsReplyByInReplyTo() {
		TestMail original = TestMail.from(customer);
		TicketId ticket = first(original);
		Imported reply = receive(TestMail.from(customer).subject("Something else entirely").inReplyTo(original.messageId()));
		assertThat(reply.ticket()).isEqualTo(ticket);
	}

	@Test
	void threadsReplyWhoseOnlyLinkIsReferences() {
		TestMail original = TestMail.from(customer);
		TicketId ticket = first(original);
		Imported reply = receive(TestMail.from(customer).subject("New words")
			.references("<unknown-root@elsewhere.example> <" + original.messageId() + ">"));
		assertThat(reply.ticket()).isEqualTo(ticket);
	}

	@Test
	void threadsReplyFromAClientThatRewritesInReplyTo() {
		TestMail original = TestMail.from(customer);
		TicketId ticket = first(original);
		Imported reply = receive(TestMail.from(customer).subject("Other subject")
			.inReplyTo("rewritten-by-client@mobile.example").references("<" + original.messageId() + ">"));
		assertThat(reply.ticket()).isEqualTo(ticket);
	}

	@Test
	void aForwardOpensANewTicket() {
		TestMail original = TestMail.from(customer).subject("Blender broken");
		TicketId ticket = first(original);
		Imported forward = receive(TestMail.from(customer).subject("Fwd: Blender broken")
			.inReplyTo(original.messageId()).references("<" + original.messageId() + ">"));
		assertThat(forward.outcome()).isEqualTo(Imported.Outcome.ADDED);
		assertThat(forward.ticket()).isNotEqualTo(ticket);
	}

	@Test
	void threadsBySubjectTokenFromAParticipant() {
		TicketId ticket = first(TestMail.from(customer));
		long number = tickets.get(ticket).number();
		Imported reply = receive(TestMail.from(customer).subject("Re: Your order [#" + number + "] (new phone)"));
		assertThat(reply.ticket()).isEqualTo(ticket);
	}

	@Test
	void aSubjectTokenFromAStrangerDoesNotJoinTheirTicket() {
		TicketId ticket = first(TestMail.from(customer));
		long number = tickets.get(ticket).number();
		Imported stranger = receive(TestMail.from(unique("stranger") + "@elsewhere.example")
			.subject("Re: Your order [#" + number + "]"));
		assertThat(stranger.ticket()).isNotEqualTo(ticket);
	}

	@Test
	void threadsBySenderAndNormalizedSubjectWithinTheWindow() {
		TicketId ticket = first(TestMail.from(customer).subject("Lamp flickers"));
		Imported reply = receive(TestMail.from(customer).subject("AW: Lamp flickers"));
		assertThat(reply.ticket()).isEqualTo(ticket);
		Imported other = receive(TestMail.from(unique("other") + "@buyer.example").subject("Re: Lamp flickers"));
		assertThat(other.ticket()).isNotEqualTo(ticket);
	}

	@Test
	void ccdCustomersWhoReplyJoinTheSameTicket() {
		String colleague = unique("colleague") + "@buyer.example";
		TestMail original = TestMail.from(customer).cc(colleague);
		TicketId ticket = first(original);
		Imported viaHeaders = receive(TestMail.from(colleague).subject("Re: Where is my order?")
			.inReplyTo(original.messageId()));
		assertThat(viaHeaders.ticket()).isEqualTo(ticket);
		long number = tickets.get(ticket).number();
		Imported viaToken = receive(TestMail.from(colleague).subject("[#" + number + "] one more thing"));
		assertThat(viaToken.ticket()).isEqualTo(ticket);
	}

	@Test
	void aReplyToASolvedTicketReopensIt() {
		TestMail original = TestMail.from(customer);
		TicketId ticket = first(original);
		tickets.update(ticket, TicketChanges.status(TicketStatus.SOLVED));
		receive(TestMail.from(customer).inReplyTo(original.messageId()).subject("Re: Where is my order?"));
		assertThat(tickets.get(ticket).status()).isEqualTo(TicketStatus.OPEN);
	}

	@Test
	void aReplyToAClosedTicketOpensALinkedFollowUp() {
		TestMail original = TestMail.from(customer);
		TicketId ticket = first(original);
		tickets.update(ticket, TicketChanges.status(TicketStatus.SOLVED));
		tickets.update(ticket, TicketChanges.status(TicketStatus.CLOSED));
		Imported reply = receive(TestMail.from(customer).inReplyTo(original.messageId()).subject("Re: Where is my order?"));
		TicketView followUp = tickets.get(reply.ticket());
		assertThat(followUp.id()).isNotEqualTo(ticket);
		assertThat(followUp.followUpOf()).isEqualTo(ticket);
	}

	@Test
	void anAutoReplyDoesNotReopenASolvedTicket() {
		TestMail original = TestMail.from(customer);
		TicketId ticket = first(original);
		tickets.update(ticket, TicketChanges.status(TicketStatus.SOLVED));
		Imported ooo = receive(TestMail.from(customer).subject("Automatic reply: Where is my order?")
			.inReplyTo(original.messageId()).header("Auto-Submitted: auto-replied"));
		assertThat(ooo.outcome()).isEqualTo(Imported.Outcome.IGNORED);
		assertThat(tickets.get(ticket).status()).isEqualTo(TicketStatus.SOLVED);
		assertThat(tickets.conversation(ticket)).hasSize(1);
	}

	@Test
	void bulkMailThatStartsAConversationIsKeptAndTagged() {
		Imported bulk = receive(TestMail.from(unique("news") + "@news.example").subject("Autumn sale")
			.header("Precedence: bulk"));
		assertThat(bulk.outcome()).isEqualTo(Imported.Outcome.ADDED);
		assertThat(tickets.get(bulk.ticket()).tags()).contains("auto-submitted");
	}

	@Test
	void mailFromOurOwnMailboxIsDroppedAsALoop() {
		Imported loop = receive(TestMail.from(mailbox.address()).subject("Re: something"));
		assertThat(loop.outcome()).isEqualTo(Imported.Outcome.IGNORED);
	}

	@Test
	void aMailStormFromOneSenderIsRateLimited() {
		String storm = unique("storm") + "@buyer.example";
		Imported last = null;
		for (int i = 0; i < 32; i++) {
			last = receive(TestMail.from(storm).subject("ping " + i));
		}
		assertThat(last.outcome()).isEqualTo(Imported.Outcome.IGNORED);
	}
}
