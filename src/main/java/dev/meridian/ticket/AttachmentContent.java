package dev.meridian.ticket;

public record AttachmentContent(String fileName, String contentType, byte[] content) {
}
