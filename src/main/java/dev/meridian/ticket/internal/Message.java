package dev.meridian.ticket.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.meridian.ticket.*;
import jakarta.persistence.*;
import org.jspecify.annotations.Nullable;

/** One message of a conversation. It refers to its ticket by id so that merge and split can move it. */
@Entity
@Table(name = "message")
public class Message {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "ticket_id")
	private long ticketId;

	/** Read-only: it tells the search index which ticket's document to rebuild when this message changes. */
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "ticket_id", insertable = false, updatable = false)
	private @Nullable Ticket ticket;

	@Enumerated(EnumType.STRING)
	private MessageKind kind;

	@Enumerated(EnumType.STRING)
	private AuthorType authorType;

	private @Nullable Long authorId;

	private String authorName;

	private String bodyText;

	private @Nullable String bodyHtml;

	private @Nullable String language;

	private @Nullable Double languageConfidence;

	private @Nullable String agentOriginalText;

	private @Nullable String agentOriginalLanguage;

	private Instant createdAt;

	@OneToMany(mappedBy = "message", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<Attachment> attachments = new ArrayList<>();

	protected Message() {
	}

	public Message(Ticket ticket, MessageKind kind, AuthorType authorType, @Nullable Long authorId, String authorName,
			String bodyText, @Nullable String bodyHtml, Instant createdAt) {
		this.ticketId = ticket.id();
		this.ticket = ticket;
		this.kind = kind;
		this.authorType = authorType;
		this.authorId = authorId;
		this.authorName = authorName;
		this.bodyText = bodyText;
		this.bodyHtml = bodyHtml;
		this.createdAt = createdAt;
	}

	public void attach(Attachment attachment) {
		attachment.belongTo(this);
		attachments.add(attachment);
	}

	public void moveTo(Ticket ticket) {
		this.ticketId = ticket.id();
		this.ticket = ticket;
	}

	/** Language detection's result: a BCP 47 tag or {@code und}, and how sure the detector was. */
	public void speak(String languageTag, @Nullable Double confidence) {
		this.language = languageTag;
		this.languageConfidence = confidence;
	}

	/** Keeps what the agent wrote in their own language before the reply was sent translated. */
	public void keepAgentOriginal(AgentOriginal original) {
		this.agentOriginalText = original.text();
		this.agentOriginalLanguage = original.language();
	}

	public Long id() {
		return id;
	}

	public long ticketId() {
		return ticketId;
	}

	public MessageKind kind() {
		return kind;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public MessageView view() {
		return new MessageView(new MessageId(id), new TicketId(ticketId), kind, authorType,
				authorId == null ? null : authorId.toString(), authorName, bodyText, bodyHtml, language,
				languageConfidence, createdAt, attachments.stream().map(Attachment::view).toList(),
				agentOriginalText == null ? null : new AgentOriginal(agentOriginalText, agentOriginalLanguage));
	}
}
