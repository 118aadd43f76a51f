package de.amtsportal.open311.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import de.amtsportal.reports.ReportCategory;
import de.amtsportal.reports.Reports;

/**
 * {@code GET /open311/v2/services.{format}}: the published report categories; {@code services/{code}.{format}}:
 * a category's definition, its extra questions as attributes. {@code metadata} says whether there are any.
 */
@RestController
class ServiceApi {

	private final Open311Answers answers;
	private final Reports reports;

	ServiceApi(Open311Answers answers, Reports reports) {
		this.answers = answers;
		this.reports = reports;
	}

	@GetMapping(Open311Answers.BASE + "/services.{format}")
	ResponseEntity<byte[]> services(@PathVariable String format,
			@RequestParam(name = "jurisdiction_id", required = false) @Nullable String jurisdiction, HttpServletRequest request) {
		Locale locale = ErrorAnswers.language(request);
		return answers.ok(format, jurisdiction, () -> Open311Document.items("services", "service", reports.categories(locale).stream()
			.map(category -> ServiceDefinitions.service(category, hasAttributes(category)))
			.toList()));
	}

	@GetMapping(Open311Answers.BASE + "/services/{code}.{format}")
	ResponseEntity<byte[]> definition(@PathVariable String code, @PathVariable String format,
			@RequestParam(name = "jurisdiction_id", required = false) @Nullable String jurisdiction, HttpServletRequest request) {
		Locale locale = ErrorAnswers.language(request);
		Open311Answers.format(format);
		ReportCategory category = reports.category(code, locale)
			.orElseThrow(() -> Open311Failure.of(HttpStatus.NOT_FOUND, "open311.error.unknown-service", code));
		return answers.ok(format, jurisdiction, () -> Open311Document.fields("service_definition",
				ServiceDefinitions.definition(category.code(), reports.extraQuestions(category.code()), locale)));
	}

	private boolean hasAttributes(ReportCategory category) {
		return !ServiceDefinitions.attributeFields(reports.extraQuestions(category.code())).isEmpty();
	}
}
