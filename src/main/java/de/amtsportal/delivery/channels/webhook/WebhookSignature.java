package de.amtsportal.delivery.channels.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signatures as the Standard Webhooks specification defines them (standardwebhooks.com), so receivers can
 * verify with one of its libraries: the secret is {@code whsec_} + Base64 of 32 random bytes; the signed
 * content is {@code <webhook-id>.<webhook-timestamp>.<body>}; the header carries {@code v1,} + Base64 of its
 * HMAC-SHA256. Binding the id and the timestamp into the signature stops an old request being replayed under
 * a new timestamp or key.
 */
public final class WebhookSignature {

	public static final String SECRET_PREFIX = "whsec_";
	private static final SecureRandom RANDOM = new SecureRandom();

	private WebhookSignature() {
	}

	public static String newSecret() {
		byte[] key = new byte[32];
		RANDOM.nextBytes(key);
		return SECRET_PREFIX + Base64.getEncoder().encodeToString(key);
	}

	/** The value of the {@code webhook-signature} header. */
	public static String sign(String secret, String id, long timestamp, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key(secret), "HmacSHA256"));
			mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
			return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(body));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
		}
	}

	private static byte[] key(String secret) {
		String encoded = secret.startsWith(SECRET_PREFIX) ? secret.substring(SECRET_PREFIX.length()) : secret;
		return Base64.getDecoder().decode(encoded);
	}
}
