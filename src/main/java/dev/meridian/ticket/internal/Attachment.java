package dev.meridian.ticket.internal;

import dev.meridian.ticket.AttachmentId;
import dev.meridian.ticket.MessageView;
import jakarta.persistence.*;

/** A file's metadata; the bytes sit in {@link AttachmentBlob} so that listing a conversation never loads them. */
@Entity
@Table(name = "attachment")
public class Attachment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	private Message message;

	private String fileName;

	private String contentType;

	private long size;

	private String sha256;

	@OneToOne(fetch = FetchType.LAZY, cascade = CascadeType.ALL, optional = false)
	@JoinColumn(name = "blob_id")
	private AttachmentBlob blob;

	protected Attachment() {
	}

	public Attachment(String fileName, String contentType, byte[] content, String sha256) {
		this.fileName = fileName;
		this.contentType = contentType;
		this.size = content.length;
		this.sha256 = sha256;
		this.blob = new AttachmentBlob(content);
	}

	void belongTo(Message message) {
		this.message = message;
	}

	public String fileName() {
		return fileName;
	}

	public String contentType() {
		return contentType;
	}

	public byte[] content() {
		return blob.content();
	}

	public long ticketId() {
		return message.ticketId();
	}

	MessageView.AttachmentView view() {
		return new MessageView.AttachmentView(new AttachmentId(id), fileName, contentType, size);
	}
}
