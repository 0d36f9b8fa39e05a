package dev.meridian.ticket.internal;

import jakarta.persistence.*;

@Entity
@Table(name = "attachment_blob")
class AttachmentBlob {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private byte[] content;

	protected AttachmentBlob() {
	}

	AttachmentBlob(byte[] content) {
		this.content = content;
	}

	byte[] content() {
		return content;
	}
}
