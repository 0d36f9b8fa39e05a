package dev.meridian.automation.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How Meridian signs a webhook body: {@code Meridian-Signature: t=<unix seconds>,v1=<hex>}, where the hex is
 * HMAC-SHA256 with the subscription's secret over {@code <t>.<body>}. The timestamp inside the signed text lets a
 * receiver refuse replays older than a few minutes. {@link #verify} is what a receiver does, here for tests and as
 * the reference for the guide.
 */
public final class WebhookSignature {

	public static final String HEADER = "Meridian-Signature";

	private WebhookSignature() {
	}

	public static String header(String secret, long timestamp, byte[] body) {
		return "t=" + timestamp + ",v1=" + hmac(secret, timestamp, body);
	}

	public static String hmac(String secret, long timestamp, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("every JVM has HmacSHA256", e);
		}
	}

	/** Whether {@code header} signs {@code body} with {@code secret} at most {@code toleranceSeconds} from now. */
	public static boolean verify(String secret, String header, byte[] body, long nowSeconds, long toleranceSeconds) {
		long timestamp = -1;
		String signature = null;
		for (String part : header.split(",")) {
			String[] pair = part.strip().split("=", 2);
			if (pair.length == 2 && pair[0].equals("t")) {
				try {
					timestamp = Long.parseLong(pair[1]);
				}
				catch (NumberFormatException e) {
					return false;
				}
			}
			if (pair.length == 2 && pair[0].equals("v1")) {
				signature = pair[1];
			}
		}
		if (timestamp < 0 || signature == null || Math.abs(nowSeconds - timestamp) > toleranceSeconds) {
			return false;
		}
		return MessageDigest.isEqual(hmac(secret, timestamp, body).getBytes(StandardCharsets.US_ASCII),
				signature.getBytes(StandardCharsets.US_ASCII));
	}
}
