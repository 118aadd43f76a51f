package de.amtsportal.open311.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

import de.amtsportal.forms.definition.Field;
import de.amtsportal.forms.definition.FieldType;
import de.amtsportal.open311.internal.ApiClients.ApiClient;
import de.amtsportal.open311.internal.Open311Properties;
import de.amtsportal.places.Place;
import de.amtsportal.places.Places;
import de.amtsportal.reports.FiledReport;
import de.amtsportal.reports.InvalidReport;
import de.amtsportal.reports.NewReport;
import de.amtsportal.reports.PhotoUpload;
import de.amtsportal.reports.ReportCategory;
import de.amtsportal.reports.ReportPosition;
import de.amtsportal.reports.Reports;

/**
 * {@code POST /open311/v2/requests.{format}}: files a report for a client with an API key (checked in front, by
 * {@link Open311Gate}), form-encoded as the specification says, or multipart with a {@code media} photo. Every
 * problem of the request is named at once (400). The reporter's contact details go to the report's submission
 * only; phone, device_id and account_id are not kept, and a {@code media_url} is never fetched. A retry with the
 * same {@code Idempotency-Key} answers with the report filed the first time.
 */
@RestController
class RequestFilingApi {

	private static final Pattern ATTRIBUTE = Pattern.compile("attribute\\[([^\\]]{1,100})\\](\\[\\])?");
	private static final BigDecimal NINETY = BigDecimal.valueOf(90);
	private static final BigDecimal ONE_EIGHTY = BigDecimal.valueOf(180);
	private static final int MAX_TEXT = 10_000;

	private final Open311Answers answers;
	private final Reports reports;
	private final Open311Properties properties;
	private final Places places;

	RequestFilingApi(Open311Answers answers, Reports reports, Open311Properties properties, Places places) {
		this.places = places;
		this.answers = answers;
		this.reports = reports;
		this.properties = properties;
	}

	@PostMapping(Open311Answers.BASE + "/requests.{format}")
	ResponseEntity<byte[]> file(@PathVariable String format, HttpServletRequest request,
			@RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey) throws IOException {
		Open311Answers.format(format);
		requireForm(request);
		answers.requireJurisdiction(text(request, "jurisdiction_id"));
		ApiClient client = (ApiClient) request.getAttribute(Open311Gate.CLIENT);
		if (client == null) {
			throw Open311Failure.of(HttpStatus.FORBIDDEN, "open311.error.key-missing");
		}
		if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 100)) {
			throw Open311Failure.of(HttpStatus.BAD_REQUEST, "open311.error.idempotency-key");
		}
		Locale locale = ErrorAnswers.language(request);
		List<MessageSourceResolvable> problems = new ArrayList<>();
		String code = text(request, "service_code");
		ReportCategory category = code == null ? null : reports.category(code, locale).orElse(null);
		if (code == null) {
			problems.add(Open311Failure.problem("open311.error.missing", "service_code"));
		}
		else if (category == null) {
			problems.add(Open311Failure.problem("open311.error.unknown-service", code));
		}
		ReportPosition position = position(request, problems);
		String address = text(request, "address_string");
		boolean coordinatesGiven = text(request, "lat") != null || text(request, "long") != null;
		if (!coordinatesGiven) {
			Place place = addressed(request, address, problems);
			if (place != null) {
				position = new ReportPosition(place.latitude(), place.longitude());
				address = place.label();
			}
		}
		Map<String, Object> extraAnswers = category == null ? Map.of() : attributes(request, category.code(), problems);
		for (String name : List.of("description", "address_string", "email", "first_name", "last_name")) {
			String value = text(request, name);
			if (value != null && value.length() > MAX_TEXT) {
				problems.add(Open311Failure.problem("open311.error.too-long", name));
			}
		}
		List<PhotoUpload> photos = photos(request);
		if (!problems.isEmpty()) {
			throw new Open311Failure(HttpStatus.BAD_REQUEST, problems);
		}
		FiledReport filed;
		try {
			filed = reports.file(new NewReport(category.code(), position, address, text(request, "description"),
					text(request, "email"), text(request, "first_name"), text(request, "last_name"), extraAnswers, photos,
					idempotencyKey == null ? null : "open311:" + client.keyId() + ":" + idempotencyKey.trim(), locale));
		}
		catch (InvalidReport invalid) {
			Set<String> attributes = ServiceDefinitions.attributeFields(reports.extraQuestions(category.code())).stream()
				.map(Field::id).collect(Collectors.toSet());
			throw new Open311Failure(HttpStatus.BAD_REQUEST, invalid.problems().stream()
				.map(problem -> Open311Failure.described((attributes.contains(problem.field()) ? "attribute[" + problem.field() + "]"
						: problem.field()) + ": " + problem.message()))
				.toList());
		}
		return answers.ok(format, text(request, "jurisdiction_id"), () -> Open311Document.items("service_requests", "request",
				List.of(new Open311Document.Fields().put("service_request_id", filed.reference())
					.put("token", filed.token())
					.put("service_notice", null)
					.put("account_id", null))));
	}

	/**
	 * Where a request without lat/long is: the register's address with the given {@code address_id}, or the one
	 * address that matches {@code address_string}. Without a loaded register an address_string is kept as the
	 * description of the place it is (the report then has no position), as before there was a register.
	 */
	private @Nullable Place addressed(HttpServletRequest request, @Nullable String address, List<MessageSourceResolvable> problems) {
		String id = text(request, "address_id");
		if (id != null) {
			Place place = places.byId(id).orElse(null);
			if (place == null) {
				problems.add(Open311Failure.problem("open311.error.address-id", id));
			}
			return place;
		}
		if (address == null) {
			problems.add(Open311Failure.problem("open311.error.location"));
			return null;
		}
		if (places.register().isEmpty()) {
			return null;
		}
		List<Place> found = places.find(address);
		if (found.size() == 1) {
			return found.get(0);
		}
		if (found.isEmpty()) {
			problems.add(Open311Failure.problem("open311.error.address-unknown", address));
		}
		else {
			problems.add(Open311Failure.problem("open311.error.address-ambiguous", address,
					found.size() > Places.MAX_CANDIDATES ? Places.MAX_CANDIDATES + "+" : String.valueOf(found.size())));
		}
		return null;
	}

	private static void requireForm(HttpServletRequest request) {
		String type = request.getContentType();
		MediaType mediaType;
		try {
			mediaType = type == null ? null : MediaType.parseMediaType(type);
		}
		catch (org.springframework.util.InvalidMimeTypeException e) {
			mediaType = null;
		}
		if (mediaType == null || !(MediaType.APPLICATION_FORM_URLENCODED.includes(mediaType)
				|| MediaType.MULTIPART_FORM_DATA.includes(mediaType))) {
			throw Open311Failure.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "open311.error.media-type");
		}
	}

	private static @Nullable ReportPosition position(HttpServletRequest request, List<MessageSourceResolvable> problems) {
		String lat = text(request, "lat");
		String lon = text(request, "long");
		if (lat == null && lon == null) {
			return null;
		}
		BigDecimal latitude = coordinate(lat, "lat", NINETY, problems);
		BigDecimal longitude = coordinate(lon, "long", ONE_EIGHTY, problems);
		return latitude == null || longitude == null ? null : new ReportPosition(latitude, longitude);
	}

	private static @Nullable BigDecimal coordinate(@Nullable String value, String name, BigDecimal bound,
			List<MessageSourceResolvable> problems) {
		if (value == null) {
			problems.add(Open311Failure.problem("open311.error.missing", name));
			return null;
		}
		try {
			BigDecimal number = new BigDecimal(value);
			if (number.abs().compareTo(bound) <= 0) {
				return number;
			}
		}
		catch (NumberFormatException e) {
			// reported below with the range, which says what is expected
		}
		problems.add(Open311Failure.problem("open311.error.coordinate", name, bound.negate(), bound));
		return null;
	}

	/**
	 * {@code attribute[code]=value}, and {@code attribute[code][]=value} once per value of a multivaluelist, as
	 * the answers of the category's form: dates as the day, yes/no as the form engine keeps them. The form engine
	 * checks them again (required answers, options, ranges) when the report is filed.
	 */
	private Map<String, Object> attributes(HttpServletRequest request, String code, List<MessageSourceResolvable> problems) {
		Map<String, Field> fields = ServiceDefinitions.attributeFields(reports.extraQuestions(code)).stream()
			.collect(Collectors.toMap(Field::id, Function.identity()));
		Map<String, Object> answers = new LinkedHashMap<>();
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			Matcher matcher = ATTRIBUTE.matcher(parameter.getKey());
			if (!matcher.matches()) {
				continue;
			}
			Field field = fields.get(matcher.group(1));
			if (field == null || field.type() == FieldType.INFO) {
				problems.add(Open311Failure.problem("open311.error.unknown-attribute", matcher.group(1)));
				continue;
			}
			List<String> values = List.of(parameter.getValue()).stream().map(String::trim).filter(v -> !v.isEmpty()).toList();
			Object answer = answer(field, values, problems);
			if (answer != null) {
				answers.put(field.id(), answer);
			}
		}
		return answers;
	}

	private @Nullable Object answer(Field field, List<String> values, List<MessageSourceResolvable> problems) {
		if (values.isEmpty()) {
			return null;
		}
		if (field.type() == FieldType.MULTIPLE_CHOICE) {
			values.stream().filter(v -> field.choices().stream().noneMatch(o -> o.value().equals(v)))
				.forEach(v -> problems.add(Open311Failure.problem("open311.error.attribute-value", field.id(), v)));
			return values;
		}
		if (values.size() > 1) {
			problems.add(Open311Failure.problem("open311.error.attribute-single", field.id()));
			return null;
		}
		String value = values.get(0);
		return switch (field.type()) {
			case SINGLE_CHOICE -> {
				if (field.choices().stream().noneMatch(o -> o.value().equals(value))) {
					problems.add(Open311Failure.problem("open311.error.attribute-value", field.id(), value));
				}
				yield value;
			}
			case YES_NO -> switch (value.toLowerCase(Locale.ROOT)) {
				case "ja", "yes", "true", "1" -> "ja";
				case "nein", "no", "false", "0" -> "nein";
				default -> {
					problems.add(Open311Failure.problem("open311.error.attribute-value", field.id(), value));
					yield null;
				}
			};
			case NUMBER -> {
				try {
					yield new BigDecimal(value).toPlainString();
				}
				catch (NumberFormatException e) {
					problems.add(Open311Failure.problem("open311.error.attribute-number", field.id(), value));
					yield null;
				}
			}
			case DATE -> {
				String day = Datetimes.day(value, properties.zone());
				if (day == null) {
					problems.add(Open311Failure.problem("open311.error.attribute-datetime", field.id(), value));
				}
				yield day;
			}
			default -> value;
		};
	}

	private static List<PhotoUpload> photos(HttpServletRequest request) throws IOException {
		if (!(request instanceof MultipartHttpServletRequest multipart)) {
			return List.of();
		}
		List<PhotoUpload> photos = new ArrayList<>();
		for (MultipartFile file : multipart.getFiles("media")) {
			if (!file.isEmpty()) {
				photos.add(new PhotoUpload(file.getOriginalFilename() == null ? "media" : file.getOriginalFilename(), file.getBytes()));
			}
		}
		return photos;
	}

	private static @Nullable String text(HttpServletRequest request, String name) {
		String value = request.getParameter(name);
		return value == null || value.isBlank() ? null : value.trim();
	}
}
