package dev.meridian.knowledge;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.meridian.identity.Ids;

public record ArticleId(long value) {

	public static ArticleId parse(String text) {
		return new ArticleId(Ids.parse("article", text));
	}

	@Override
	@JsonValue
	public String toString() {
		return Long.toString(value);
	}
}
