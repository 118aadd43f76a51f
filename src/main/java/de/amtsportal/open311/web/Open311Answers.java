package de.amtsportal.open311.web;

import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import de.amtsportal.open311.internal.Open311Properties;

/**
 * What every resource does before it answers: the format named by the extension must be one the API writes (else
 * 404, as for any resource that does not exist) and a given jurisdiction_id must be the one served here.
 */
@Component
class Open311Answers {

	static final String BASE = "/open311/v2";

	private final Open311Properties properties;

	Open311Answers(Open311Properties properties) {
		this.properties = properties;
	}

	ResponseEntity<byte[]> ok(String extension, @Nullable String jurisdictionId, Supplier<Open311Document> document) {
		Format format = format(extension);
		requireJurisdiction(jurisdictionId);
		return ResponseEntity.ok().contentType(format.mediaType()).body(Open311Writer.write(format, document.get()));
	}

	void requireJurisdiction(@Nullable String jurisdictionId) {
		if (!properties.servesJurisdiction(jurisdictionId)) {
			throw Open311Failure.of(HttpStatus.NOT_FOUND, "open311.error.jurisdiction", String.valueOf(jurisdictionId));
		}
	}

	static Format format(String extension) {
		return Format.of(extension).orElseThrow(() -> Open311Failure.of(HttpStatus.NOT_FOUND, "open311.error.format", extension));
	}
}
