package de.amtsportal.delivery.spi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON shape every channel sends (webhook body, exported file): the application, the typed answers
 * as the form version's JSON Schema describes them, and the files. Channels say how a file is reached.
 */
public final class ParcelJson {

	/** The event type in the document, versioned so that receivers can tell later shapes apart. */
	public static final String TYPE = "application.received.v1";

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private ParcelJson() {
	}

	public static byte[] write(Parcel parcel, Function<Parcel.File, Map<String, Object>> fileEntry) {
		Parcel.Application application = parcel.application();
		Map<String, Object> service = new LinkedHashMap<>();
		service.put("id", application.serviceId().toString());
		service.put("slug", application.serviceSlug());
		service.put("name", application.serviceName());
		Map<String, Object> described = new LinkedHashMap<>();
		described.put("id", application.submissionId().toString());
		described.put("reference", application.reference());
		described.put("service", service);
		described.put("formVersionId", application.formVersionId().toString());
		described.put("responsibleUnit", application.responsibleUnit().toString());
		described.put("locale", application.locale());
		described.put("submittedAt", application.submittedAt().toString());
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("id", parcel.idempotencyKey());
		document.put("type", TYPE);
		document.put("application", described);
		document.put("answers", parcel.answers());
		List<Map<String, Object>> files = parcel.files().stream().map(file -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("documentId", file.documentId().toString());
			entry.put("field", file.fieldPath());
			entry.put("fileName", file.fileName());
			entry.put("mediaType", file.mediaType());
			entry.put("size", file.size());
			entry.putAll(fileEntry.apply(file));
			return entry;
		}).toList();
		document.put("files", files);
		return MAPPER.writeValueAsBytes(document);
	}
}
