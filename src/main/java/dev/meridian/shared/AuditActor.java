package dev.meridian.shared;

import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * Who the audit trail names for changes made on behalf of a rule rather than a signed-in person, for example
 * {@code trigger: Close solved tickets}. Set around the work on the thread that does it; the audit log reads it
 * inside the writing transaction, which runs on the same thread.
 */
public final class AuditActor {

	private static final ThreadLocal<@Nullable String> CURRENT = new ThreadLocal<>();

	private AuditActor() {
	}

	/** Runs {@code work} with {@code actor} as the audit trail's actor, restoring the previous one after. */
	public static <T> T as(String actor, Supplier<T> work) {
		String previous = CURRENT.get();
		CURRENT.set(actor);
		try {
			return work.get();
		}
		finally {
			if (previous == null) {
				CURRENT.remove();
			}
			else {
				CURRENT.set(previous);
			}
		}
	}

	public static void as(String actor, Runnable work) {
		as(actor, () -> {
			work.run();
			return null;
		});
	}

	/** The rule the current work runs for, or null when a person (or the system itself) makes the change. */
	public static @Nullable String current() {
		return CURRENT.get();
	}
}
