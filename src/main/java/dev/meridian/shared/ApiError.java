package dev.meridian.shared;

import java.util.List;

/** The body of every API error: a stable code for programs, a sentence for people, and details. */
public record ApiError(String code, String message, List<String> details) {

	public ApiError(String code, String message) {
		this(code, message, List.of());
	}
}
