package de.amtsportal.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.amtsportal.catalog.Catalog;
import de.amtsportal.catalog.PublishedService;
import de.amtsportal.catalog.ServiceKind;
import de.amtsportal.forms.definition.Field;
import de.amtsportal.reports.internal.ReportCategories;
import de.amtsportal.reports.internal.ReportFiling;
import de.amtsportal.reports.internal.ReportRecords;
import de.amtsportal.reports.internal.ReportRecords.Row;

/**
 * The module's API: report categories, the public view of reports (never personal data, photos only once
 * released) and filing from outside the web journey.
 */
@Service
public class Reports {

	private static final double METRES_PER_DEGREE_LATITUDE = 111_320;

	private final Catalog catalog;
	private final ReportCategories categories;
	private final ReportRecords records;
	private final ReportFiling filing;

	Reports(Catalog catalog, ReportCategories categories, ReportRecords records, ReportFiling filing) {
		this.catalog = catalog;
		this.categories = categories;
		this.records = records;
		this.filing = filing;
	}

	/** The published REPORT services, by name. */
	public List<ReportCategory> categories(Locale locale) {
		return categories.all().stream().map(c -> category(c.service(), locale))
			.sorted(Comparator.comparing(ReportCategory::name, java.text.Collator.getInstance(locale)))
			.toList();
	}

	public Optional<ReportCategory> category(String code, Locale locale) {
		return categories.find(code).map(c -> category(c.service(), locale));
	}

	/** The category's extra questions: the fields of its released form beyond position, photos, description and contact. */
	public List<Field> extraQuestions(String code) {
		return categories.find(code).map(c -> c.reportForm().extraQuestions()).orElse(List.of());
	}

	@Transactional(readOnly = true)
	public List<PublicReport> search(ReportQuery query, Locale locale) {
		return publicReports(records.search(query), locale);
	}

	@Transactional(readOnly = true)
	public long count(ReportQuery query) {
		return records.count(query);
	}

	@Transactional(readOnly = true)
	public Optional<PublicReport> find(String reference, Locale locale) {
		return records.byReference(reference).map(row -> publicReports(List.of(row), locale).get(0));
	}

	@Transactional(readOnly = true)
	public Optional<PublicReport> findById(UUID id, Locale locale) {
		return records.byId(id).map(row -> publicReports(List.of(row), locale).get(0));
	}

	/** Open reports of the category within {@code radiusMeters}, nearest first (the "is it one of these?" hint). */
	@Transactional(readOnly = true)
	public List<PublicReport> nearbyOpen(String categoryCode, ReportPosition position, int radiusMeters, int limit, Locale locale) {
		double latDelta = radiusMeters / METRES_PER_DEGREE_LATITUDE;
		double lonDelta = radiusMeters / (METRES_PER_DEGREE_LATITUDE * Math.max(0.01, Math.cos(Math.toRadians(position.lat().doubleValue()))));
		BoundingBox box = new BoundingBox(degrees(position.lat().doubleValue() - latDelta), degrees(position.lon().doubleValue() - lonDelta),
				degrees(position.lat().doubleValue() + latDelta), degrees(position.lon().doubleValue() + lonDelta));
		// a box holds more than the circle; read enough to find the nearest inside it
		List<Row> nearest = records.openIn(categoryCode, box, 500).stream()
			.filter(row -> row.position() != null && row.position().metresTo(position) <= radiusMeters)
			.sorted(Comparator.comparingDouble(row -> row.position().metresTo(position)))
			.limit(Math.max(0, limit))
			.toList();
		return publicReports(nearest, locale);
	}

	/**
	 * Files a report (Open311 POST): validated by the category's released form, photos inspected like uploads,
	 * submitted through the submissions module exactly once per idempotency key. Throws {@link InvalidReport}.
	 */
	public FiledReport file(NewReport report) {
		try {
			return filing.file(report);
		}
		catch (DataIntegrityViolationException concurrentTwin) {
			// the same key was filed by a concurrent request that committed first
			if (report.idempotencyKey() != null) {
				Optional<FiledReport> filed = filing.filedWith(report.idempotencyKey());
				if (filed.isPresent()) {
					return filed.get();
				}
			}
			throw concurrentTwin;
		}
	}

	/** The report behind an Open311 token. */
	@Transactional(readOnly = true)
	public Optional<UUID> reportForToken(String token) {
		return records.byToken(token);
	}

	/** Public updates in a time window, oldest first (Open311 servicerequestupdates). */
	@Transactional(readOnly = true)
	public List<PublicUpdate> updatesBetween(Instant from, Instant to, int limit) {
		return records.updatesBetween(from, to, limit);
	}

	private ReportCategory category(PublishedService service, Locale locale) {
		return new ReportCategory(service.id(), service.slug(), service.name(locale), catalog.summary(service.slug(), locale).orElse(""),
				null, service.responsibleUnit(), locale);
	}

	private List<PublicReport> publicReports(List<Row> rows, Locale locale) {
		if (rows.isEmpty()) {
			return List.of();
		}
		List<UUID> ids = rows.stream().map(Row::id).toList();
		Map<UUID, List<ReportRecords.Photo>> photos = records.photos(ids);
		Map<UUID, List<PublicUpdate>> updates = records.updates(ids);
		Map<String, String> names = catalog.published().stream()
			.filter(s -> s.kind() == ServiceKind.REPORT)
			.collect(Collectors.toMap(PublishedService::slug, s -> s.name(locale), (a, b) -> a));
		return rows.stream().map(row -> new PublicReport(row.id(), row.reference(), row.categoryCode(),
				names.getOrDefault(row.categoryCode(), row.categoryCode()), row.position(), row.address(), row.publicDescription(),
				row.phase(), row.phase().status(), row.requestedAt(), row.updatedAt(),
				ReportRecords.released(photos.getOrDefault(row.id(), List.of())), updates.getOrDefault(row.id(), List.of()),
				row.mergedIntoReference(), row.responsibleUnit())).toList();
	}

	private static BigDecimal degrees(double value) {
		return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP);
	}
}
