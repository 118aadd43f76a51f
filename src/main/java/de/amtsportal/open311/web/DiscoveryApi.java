package de.amtsportal.open311.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import de.amtsportal.open311.internal.Open311Properties;

/**
 * {@code GET /open311/v2/discovery.{format}}: the service discovery document — whom to contact, where to get a key,
 * and the one production endpoint with the formats it speaks.
 */
@RestController
class DiscoveryApi {

	static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";

	private final Open311Answers answers;
	private final Open311Properties properties;
	private final String baseUrl;

	DiscoveryApi(Open311Answers answers, Open311Properties properties, @Value("${amtsportal.base-url}") String baseUrl) {
		this.answers = answers;
		this.properties = properties;
		this.baseUrl = baseUrl;
	}

	@GetMapping(Open311Answers.BASE + "/discovery.{format}")
	ResponseEntity<byte[]> discovery(@PathVariable String format, @RequestParam(name = "jurisdiction_id", required = false) @Nullable String jurisdiction) {
		return answers.ok(format, jurisdiction, () -> {
			String changeset = Datetimes.w3c(properties.changeset(), properties.zone());
			Open311Document.Fields endpoint = new Open311Document.Fields().put("specification", SPECIFICATION)
				.put("url", baseUrl + Open311Answers.BASE)
				.put("changeset", changeset)
				.put("type", "production")
				.put("formats", new Open311Document.Items("format", List.of("text/xml", "application/json")));
			return Open311Document.fields("discovery", new Open311Document.Fields().put("changeset", changeset)
				.put("contact", properties.contact())
				.put("key_service", properties.keyService())
				.put("endpoints", new Open311Document.Items("endpoint", List.of(endpoint))));
		});
	}
}
