package de.amtsportal.forms.definition;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import org.junit.jupiter.api.Test;

import de.amtsportal.forms.definition.FormDefinitionJson.InvalidDefinition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** JSON import/export of definitions and the JSON Schema of the data a specialist procedure receives. */
class FormDefinitionExportTests {

	static final ObjectMapper JSON = new ObjectMapper();

	@Test
	void definitionsSurviveTheirJsonForm() {
		String json = FormDefinitionJson.write(SampleForms.MOVING_IN);
		assertThat(FormDefinitionJson.read(json)).isEqualTo(SampleForms.MOVING_IN);
		assertThat(json).doesNotContain("null");
	}

	@Test
	void brokenDocumentsSayWhereAndWhy() {
		String json = FormDefinitionJson.write(SampleForms.MOVING_IN);
		assertThatThrownBy(() -> FormDefinitionJson.read(json.replace("\"SINGLE_CHOICE\"", "\"DROPDOWN\"")))
			.isInstanceOf(InvalidDefinition.class).hasMessageContaining("pages").hasMessageContaining("DROPDOWN");
		assertThatThrownBy(() -> FormDefinitionJson.read(json.replace("\"einzug\"", "\"Einzug Datum\"")))
			.isInstanceOf(InvalidDefinition.class).hasMessageContaining("lower case");
		assertThatThrownBy(() -> FormDefinitionJson.read(json.replaceFirst("\"label\"", "\"lable\"")))
			.isInstanceOf(InvalidDefinition.class).hasMessageContaining("lable");
		assertThatThrownBy(() -> FormDefinitionJson.read("{\"title\": {\"de\": \"x\"}, \"pages\": [")).isInstanceOf(InvalidDefinition.class);
		assertThatThrownBy(() -> FormDefinitionJson.read("")).isInstanceOf(InvalidDefinition.class);
	}

	@Test
	void validAnswersMatchTheExportedSchemaAndBrokenOnesDoNot() throws Exception {
		JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
			.getSchema(JSON.valueToTree(JsonSchemaExport.of(SampleForms.MOVING_IN, "https://portal.example/schema/anmeldung/1")));
		FormDefinition definition = SampleForms.MOVING_IN;
		Answers valid = FormValidator.clean(definition, SampleForms.validAnswers());
		assertThat(FormValidator.validate(definition, valid, null, SampleForms.TODAY)).isEmpty();
		Map<String, Object> typed = TypedAnswers.of(definition, valid);
		assertThat(typed.get("zimmer")).isEqualTo(new java.math.BigDecimal("3"));
		assertThat(((List<?>) typed.get("personen")).get(1)).isEqualTo(Map.of("vorname", "Max", "minderjaehrig", true,
				"sorgeberechtigt", "Erika Mustermann"));
		assertThat(errors(schema, typed)).isEmpty();

		Map<String, Object> broken = new java.util.LinkedHashMap<>(typed);
		broken.remove("iban");
		broken.put("art", "dritte");
		broken.put("unbekannt", 1);
		assertThat(errors(schema, broken)).hasSize(3);

		Map<String, Object> secondHome = new java.util.LinkedHashMap<>(typed);
		secondHome.put("art", "neben");
		assertThat(errors(schema, secondHome)).as("a conditionally required field is required through if/then")
			.anyMatch(message -> message.contains("hauptwohnung_ort"));
	}

	private static Set<String> errors(JsonSchema schema, Map<String, Object> data) {
		JsonNode node = JSON.valueToTree(data);
		return schema.validate(node).stream().map(ValidationMessage::getMessage).collect(java.util.stream.Collectors.toSet());
	}
}
