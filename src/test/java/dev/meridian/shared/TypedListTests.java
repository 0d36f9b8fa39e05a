package dev.meridian.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TypedListTests {

	@Test
	void commasChineseCommasAndSpacesSeparateItemsAndEmptyOnesDrop() {
		assertThat(TypedList.split("refund, Amazon  ,,")).containsExactly("refund", "Amazon");
		assertThat(TypedList.split("退款，物流、售前 vip")).containsExactly("退款", "物流", "售前", "vip");
	}

	@Test
	void nothingTypedIsAnEmptyList() {
		assertThat(TypedList.split(null)).isEmpty();
		assertThat(TypedList.split("  ")).isEmpty();
		assertThat(TypedList.split(" , ，")).isEmpty();
	}
}
