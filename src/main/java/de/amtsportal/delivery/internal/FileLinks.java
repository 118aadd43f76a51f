package de.amtsportal.delivery.internal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Download links for receivers of a webhook: the file of an application, valid until a moment, signed with
 * {@code amtsportal.delivery.link-secret}. The receiver needs no account and no session; a link cannot be
 * bent to another file or application, nor used after it expired. Every attempt makes fresh links.
 */
@Component
public class FileLinks {

	public static final String PATH = "/api/v1/zustellung/dateien";

	private final byte[] secret;
	private final Clock clock;
	private final DeliveryProperties properties;
	private final String baseUrl;

	FileLinks(DeliveryProperties properties, Clock clock, @Value("${amtsportal.base-url}") String baseUrl) {
		this.secret = properties.linkSecret().getBytes(StandardCharsets.UTF_8);
		this.properties = properties;
		this.clock = clock;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
	}

	public record Link(URI uri, Instant expiresAt) {
	}

	Link of(UUID submissionId, UUID documentId) {
		Instant expiresAt = clock.instant().plus(properties.linkValidity());
		long expires = expiresAt.getEpochSecond();
		return new Link(URI.create(baseUrl + PATH + "/" + submissionId + "/" + documentId + "?expires=" + expires + "&signature="
				+ signature(submissionId, documentId, expires)), Instant.ofEpochSecond(expires));
	}

	/** Whether the link's signature is right and it has not expired. */
	public boolean valid(UUID submissionId, UUID documentId, long expires, String signature) {
		byte[] expected = signature(submissionId, documentId, expires).getBytes(StandardCharsets.US_ASCII);
		return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII))
				&& clock.instant().getEpochSecond() <= expires;
	}

	private String signature(UUID submissionId, UUID documentId, long expires) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret, "HmacSHA256"));
			byte[] digest = mac.doFinal((submissionId + "/" + documentId + "/" + expires).getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
		}
	}
}
