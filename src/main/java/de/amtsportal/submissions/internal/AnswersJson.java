package de.amtsportal.submissions.internal;

import java.util.Map;

import org.springframework.stereotype.Component;

import de.amtsportal.forms.definition.Answers;
import de.amtsportal.forms.definition.FormDefinition;
import de.amtsportal.forms.definition.FormValidator;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Answers as stored: JSON of the answer tree, cleaned against the definition again whenever it is read. */
@Component
class AnswersJson {

	private static final TypeReference<Map<String, Object>> TREE = new TypeReference<>() {
	};
	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	String write(Answers answers) {
		return MAPPER.writeValueAsString(answers.values());
	}

	Answers read(String stored, FormDefinition definition) {
		return FormValidator.clean(definition, MAPPER.readValue(stored, TREE));
	}
}
