package dev.meridian.quality.internal;

/** The Luhn check digit of payment card numbers: tells a card number from an order or tracking number. */
final class Luhn {

	private Luhn() {
	}

	static boolean valid(String digits) {
		int sum = 0;
		boolean twice = false;
		for (int i = digits.length() - 1; i >= 0; i--) {
			int d = digits.charAt(i) - '0';
			if (d < 0 || d > 9) {
				return false;
			}
			if (twice) {
				d *= 2;
				d = d > 9 ? d - 9 : d;
			}
			sum += d;
			twice = !twice;
		}
		return sum % 10 == 0;
	}
}
