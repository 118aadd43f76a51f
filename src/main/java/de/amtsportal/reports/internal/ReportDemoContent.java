package de.amtsportal.reports.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import de.amtsportal.reports.FiledReport;
import de.amtsportal.reports.NewReport;
import de.amtsportal.reports.ReportPosition;
import de.amtsportal.submissions.ApplicationStatus;
import de.amtsportal.submissions.Submissions;

/**
 * A few reports around the centre of Musterstadt so that the public map is not empty in the demo run; filed
 * through the normal filing (submission, case, Postfach), some then taken on by the back office. Only into a
 * demo without reports, and only when the demo categories exist.
 */
@Component
@Profile("demo & !prod")
class ReportDemoContent {

	private static final Logger log = LoggerFactory.getLogger(ReportDemoContent.class);

	private record Demo(String category, String lat, String lon, String address, String description, Map<String, Object> extra,
			@Nullable ApplicationStatus status) {
	}

	private static final List<Demo> DEMO = List.of(
			new Demo("strassenbeleuchtung", "52.521480", "13.407170", "Rathausstraße 12, Musterstadt", "Die Laterne vor dem Haus bleibt nachts dunkel.",
					Map.of("mast_nummer", "12-345"), null),
			new Demo("strassenbeleuchtung", "52.518120", "13.399930", "Marktplatz, Musterstadt", "Leuchte flackert seit einer Woche.", Map.of(),
					ApplicationStatus.IN_PROGRESS),
			new Demo("muellablagerung", "52.524730", "13.411280", "Parkweg, am Spielplatz", "Mehrere Müllsäcke und ein alter Fernseher am Wegrand.",
					Map.of("art_abfall", "sperrmuell"), null),
			new Demo("strassenschaden", "52.516290", "13.410850", "Bahnhofstraße 3, Musterstadt", "Tiefes Schlagloch auf dem Radweg.",
					Map.of("gefahr", "ja"), ApplicationStatus.IN_PROGRESS),
			new Demo("strassenschaden", "52.522900", "13.396420", "Schulstraße 20, Musterstadt", "Gehwegplatte lose, Stolpergefahr.", Map.of(),
					ApplicationStatus.DECIDED),
			new Demo("graffiti-plakate", "52.519640", "13.404010", "Unterführung am Bahnhof", "Plakate an der Wand der Unterführung.",
					Map.of("art", "plakate"), null));

	private final ReportFiling filing;
	private final ReportCategories categories;
	private final Submissions submissions;
	private final JdbcTemplate jdbc;

	ReportDemoContent(ReportFiling filing, ReportCategories categories, Submissions submissions, JdbcTemplate jdbc) {
		this.filing = filing;
		this.categories = categories;
		this.submissions = submissions;
		this.jdbc = jdbc;
	}

	/** After the demo catalogue (order 20), whose report services these are. */
	@EventListener(ApplicationReadyEvent.class)
	@Order(30)
	public void seed() {
		Integer existing = jdbc.queryForObject("select count(*) from report", Integer.class);
		if (existing == null || existing > 0 || categories.all().isEmpty()) {
			return;
		}
		Map<UUID, ApplicationStatus> taken = new LinkedHashMap<>();
		for (Demo demo : DEMO) {
			if (categories.find(demo.category()).isEmpty()) {
				continue;
			}
			FiledReport filed = filing.file(new NewReport(demo.category(), new ReportPosition(new BigDecimal(demo.lat()), new BigDecimal(demo.lon())),
					demo.address(), demo.description(), null, null, null, demo.extra(), List.of(), null, Locale.GERMAN));
			if (demo.status() != null) {
				taken.put(jdbc.queryForObject("select submission_id from report where id = ?", UUID.class, filed.reportId()), demo.status());
			}
		}
		taken.forEach(submissions::changeStatus);
		log.info("Demo reports created: {}", DEMO.size());
	}
}
