package de.amtsportal.forms.web;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import de.amtsportal.forms.definition.FormDefinitionJson;
import de.amtsportal.forms.definition.JsonSchemaExport;

/**
 * A version's definition as the JSON the import reads, and the JSON Schema of its answers for specialist
 * procedures; the schema's {@code $id} is its address in this portal.
 */
@Controller
class DefinitionDownloads {

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private final BuilderPages pages;
	private final String baseUrl;

	DefinitionDownloads(BuilderPages pages, @Value("${amtsportal.base-url}") String baseUrl) {
		this.pages = pages;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
	}

	@GetMapping("/amt/formulare/{formId}/versionen/{versionId}/definition.json")
	ResponseEntity<byte[]> definition(@PathVariable UUID formId, @PathVariable UUID versionId) {
		BuilderPages.Loaded loaded = pages.load(formId, versionId);
		return download(FormDefinitionJson.write(loaded.definition()), loaded.form().slug() + "-v" + loaded.version().number() + ".json",
				MediaType.APPLICATION_JSON);
	}

	@GetMapping("/amt/formulare/{formId}/versionen/{versionId}/schema.json")
	ResponseEntity<byte[]> schema(@PathVariable UUID formId, @PathVariable UUID versionId) {
		BuilderPages.Loaded loaded = pages.load(formId, versionId);
		String id = baseUrl + BuilderPages.base(formId, versionId) + "/schema.json";
		return download(JSON.writeValueAsString(JsonSchemaExport.of(loaded.definition(), id)),
				loaded.form().slug() + "-v" + loaded.version().number() + ".schema.json", MediaType.parseMediaType("application/schema+json"));
	}

	private static ResponseEntity<byte[]> download(String body, String filename, MediaType type) {
		return ResponseEntity.ok()
			.contentType(new MediaType(type, StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
			.body(body.getBytes(StandardCharsets.UTF_8));
	}
}
