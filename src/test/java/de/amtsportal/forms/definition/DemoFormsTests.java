package de.amtsportal.forms.definition;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo forms are valid definitions with English texts throughout, and export a JSON Schema. */
class DemoFormsTests {

	@ParameterizedTest
	@ValueSource(strings = { "brunnenbohrung", "bewohnerparkausweis", "wohnungsgeberbescheinigung", "abmeldung-ausland", "fortbildung", "sperrmuell" })
	void demoFormIsValidAndBilingual(String name) throws IOException {
		String json = new String(new ClassPathResource("demo/forms/" + name + ".json").getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		FormDefinition definition = FormDefinitionJson.read(json);
		assertThat(definition.pages()).hasSizeGreaterThanOrEqualTo(2);
		assertThat(definition.title().en()).isNotBlank();
		definition.pages().forEach(page -> {
			assertThat(page.title().en()).as(page.id()).isNotBlank();
			page.fields().forEach(field -> assertThat(field.label().en()).as(field.id()).isNotBlank());
		});
		assertThat(JsonSchemaExport.of(definition, "https://portal.example/" + name)).containsKey("properties");
		assertThat(FormValidator.validate(definition, Answers.NONE, null, java.time.LocalDate.of(2026, 11, 24))).isNotEmpty();
	}
}
