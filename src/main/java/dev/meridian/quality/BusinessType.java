package dev.meridian.quality;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What a conversation was about, as a reviewer tags it: a closed list so that reports group like with like and every label is translated. */
public enum BusinessType {
	LOGISTICS, REFUND, RETURN, PRE_SALE, PRODUCT_QUALITY, PAYMENT, ACCOUNT, COMPLAINT, OTHER;

	@JsonValue
	public String key() {
		return Keys.key(this);
	}

	@JsonCreator
	public static BusinessType parse(String text) {
		return Keys.parse(BusinessType.class, "business_type", text);
	}
}
