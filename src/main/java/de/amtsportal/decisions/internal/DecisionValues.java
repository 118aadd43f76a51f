package de.amtsportal.decisions.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import de.amtsportal.catalog.Catalog;
import de.amtsportal.forms.Forms;
import de.amtsportal.forms.definition.Answers;
import de.amtsportal.forms.definition.Field;
import de.amtsportal.forms.definition.FormDefinition;
import de.amtsportal.forms.definition.Option;
import de.amtsportal.identity.Directory;
import de.amtsportal.submissions.SubmissionView;
import de.amtsportal.submissions.Submissions;

/**
 * What the placeholders of one application's decision stand for, in the application's language: the fixed names
 * and its answers as an applicant would write them (choices by their label, dates as dates, an address on one line).
 */
@Component
public class DecisionValues {

	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
	private static final int MAX_NAME = 200;

	private final Submissions submissions;
	private final Forms forms;
	private final Catalog catalog;
	private final Directory directory;
	private final Clock clock;

	DecisionValues(Submissions submissions, Forms forms, Catalog catalog, Directory directory, Clock clock) {
		this.submissions = submissions;
		this.forms = forms;
		this.catalog = catalog;
		this.directory = directory;
		this.clock = clock;
	}

	/** The text with every placeholder filled for this application. */
	public String fill(String text, SubmissionView submission) {
		Answers answers = submissions.answers(submission.id());
		Optional<FormDefinition> definition = forms.released(submission.formVersionId()).map(f -> f.definition());
		return Placeholders.fill(text, fixed(submission, answers), path -> answer(answers, definition, path, submission.locale()));
	}

	/** The values of the fixed placeholders. */
	public Map<String, String> fixed(SubmissionView submission, Answers answers) {
		return Map.of(Placeholders.REFERENCE, submission.reference(), Placeholders.DATE, today(submission.locale()),
				Placeholders.SERVICE, serviceName(submission), Placeholders.APPLICANT_NAME, applicantName(submission, answers));
	}

	public String today(Locale locale) {
		return date(LocalDate.now(clock.withZone(BERLIN)), locale);
	}

	public String serviceName(SubmissionView submission) {
		return catalog.find(submission.serviceSlug()).map(s -> s.name(submission.locale())).orElse(submission.serviceName());
	}

	/** The name the form asked for (first and last name, or a name field), else the applicant's account name. */
	public String applicantName(SubmissionView submission, Answers answers) {
		String name = Stream.of("vorname", "nachname", "name")
			.map(field -> Answers.text(answers.get(field)))
			.filter(text -> text != null && !text.isBlank())
			.map(String::strip)
			.collect(Collectors.joining(" "));
		if (name.isEmpty() && submission.applicantAccount() != null) {
			name = directory.person(new de.amtsportal.identity.AccountId(submission.applicantAccount()))
				.map(Directory.Person::displayName).orElse("");
		}
		return name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
	}

	private static @Nullable String answer(Answers answers, Optional<FormDefinition> definition, String path, Locale locale) {
		Object value = answers.get(path);
		if (!Answers.given(value)) {
			return null;
		}
		List<Option> options = definition.flatMap(d -> field(d, path)).map(Field::choices).orElse(List.of());
		return text(value, options, locale);
	}

	private static Optional<Field> field(FormDefinition definition, String path) {
		String[] parts = path.split("\\.");
		Optional<Field> field = definition.field(parts[0]);
		for (int i = 1; i < parts.length && field.isPresent(); i++) {
			String id = parts[i];
			field = field.get().fields().stream().filter(f -> f.id().equals(id)).findFirst();
		}
		return field;
	}

	private static String text(Object value, List<Option> options, Locale locale) {
		if (value instanceof Map<?, ?> map) {
			return map.values().stream().filter(Answers::given).map(v -> text(v, List.of(), locale)).collect(Collectors.joining(", "));
		}
		if (value instanceof List<?> list) {
			return list.stream().filter(Objects::nonNull).map(v -> text(v, options, locale)).collect(Collectors.joining(", "));
		}
		String text = value.toString().strip();
		for (Option option : options) {
			if (option.value().equals(text)) {
				return option.label().in(locale);
			}
		}
		if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
			try {
				return date(LocalDate.parse(text), locale);
			}
			catch (DateTimeParseException e) {
				return text;
			}
		}
		return text;
	}

	private static String date(LocalDate date, Locale locale) {
		return "en".equals(locale.getLanguage()) ? DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.UK).format(date)
				: DateTimeFormatter.ofPattern("dd.MM.yyyy").format(date);
	}
}
