package dev.meridian.ticket.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A file beside the ticket index that says up to when every ticket change is surely on disk in it. The index is
 * committed about once a second, not with every request, so a crash can lose the last moments of index changes;
 * the next start re-indexes the tickets changed since the checkpoint. Written whole or not at all (a temporary file
 * moved into place), so a crash while writing leaves the previous checkpoint.
 */
final class IndexCheckpoint {

	private static final Logger log = LoggerFactory.getLogger(IndexCheckpoint.class);

	private final Path file;

	IndexCheckpoint(Path file) {
		this.file = file;
	}

	/** The last checkpoint, or empty when none was written (a new index) or it cannot be read. */
	Optional<Instant> read() {
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		try {
			return Optional.of(Instant.parse(Files.readString(file, StandardCharsets.UTF_8).strip()));
		}
		catch (IOException | DateTimeParseException e) {
			log.warn("The search index checkpoint {} cannot be read; the index is checked by its ticket count only", file,
					e);
			return Optional.empty();
		}
	}

	void write(Instant durableUntil) {
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			Path next = file.resolveSibling(file.getFileName() + ".next");
			Files.writeString(next, durableUntil.toString(), StandardCharsets.UTF_8);
			try {
				Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (AtomicMoveNotSupportedException e) {
				Files.move(next, file, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
