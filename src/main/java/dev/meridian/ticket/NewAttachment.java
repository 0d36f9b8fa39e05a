package dev.meridian.ticket;

/** A file to attach to a message, as uploaded. */
public record NewAttachment(String fileName, String contentType, byte[] content) {
}
