package dev.meridian.ticket.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param maxAttachmentSize the largest file an agent or customer may attach
 * @param maxAttachments files per message
 * @param maxBodyLength characters of text per message
 */
@ConfigurationProperties("meridian.ticket")
public record TicketSettings(@DefaultValue("10MB") DataSize maxAttachmentSize, @DefaultValue("20") int maxAttachments,
		@DefaultValue("200000") int maxBodyLength) {
}
