package de.amtsportal.reports.internal;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import de.amtsportal.mail.MailMessage;
import de.amtsportal.mail.Mails;
import de.amtsportal.reports.ReportPhaseChanged;

/**
 * News about a report for people who did not file it — typically someone who was about to report the same
 * thing. Double opt-in: the first mail only asks to confirm; status mails go to confirmed subscriptions, each with
 * the link that ends it. Only the address and the report are kept, and deleted on unsubscribing.
 */
@Component
public class ReportSubscriptions {

	private static final SecureRandom RANDOM = new SecureRandom();

	/** A subscription as its link shows it: which report, and whether it is confirmed. */
	public record Subscription(UUID id, String reference, boolean confirmed) {
	}

	private final NamedParameterJdbcTemplate jdbc;
	private final ReportRecords records;
	private final Mails mails;
	private final MessageSource messages;
	private final Clock clock;
	private final String baseUrl;
	private final String authorityName;

	ReportSubscriptions(NamedParameterJdbcTemplate jdbc, ReportRecords records, Mails mails, MessageSource messages, Clock clock,
			@Value("${amtsportal.base-url}") String baseUrl, @Value("${amtsportal.authority-name}") String authorityName) {
		this.jdbc = jdbc;
		this.records = records;
		this.mails = mails;
		this.messages = messages;
		this.clock = clock;
		this.baseUrl = baseUrl;
		this.authorityName = authorityName;
	}

	/**
	 * Asks the address to confirm news about the report. Subscribing again (confirmed or not) sends the mail again
	 * with the same link rather than making a second subscription; whoever typed the address learns nothing.
	 */
	@Transactional
	public void subscribe(String reference, String email, Locale locale) {
		ReportRecords.Row report = records.byReference(reference).orElseThrow();
		String address = email.strip();
		List<String> existing = jdbc.queryForList("select token from report_subscription where report_id = :report and email = :email",
				Map.of("report", report.id(), "email", address), String.class);
		String token = existing.isEmpty() ? token() : existing.get(0);
		if (existing.isEmpty()) {
			jdbc.update("insert into report_subscription (id, report_id, email, token, locale, confirmed, created_at) "
					+ "values (:id, :report, :email, :token, :locale, false, :at)", Map.of("id", UUID.randomUUID(), "report", report.id(),
							"email", address, "token", token, "locale", locale.toLanguageTag(), "at", Timestamp.from(clock.instant())));
		}
		Object[] args = { reference, baseUrl + "/meldungen/abo/" + token, authorityName, baseUrl + "/meldungen/" + reference };
		mails.send(new MailMessage(address, messages.getMessage("reports.mail.confirm.subject", args, locale),
				messages.getMessage("reports.mail.confirm.body", args, locale)));
	}

	@Transactional(readOnly = true)
	public Optional<Subscription> find(String token) {
		return jdbc.query("select s.id, r.reference, s.confirmed from report_subscription s join report r on r.id = s.report_id "
				+ "where s.token = :token", Map.of("token", token),
				(rs, i) -> new Subscription(rs.getObject("id", UUID.class), rs.getString("reference"), rs.getBoolean("confirmed")))
			.stream()
			.findFirst();
	}

	@Transactional
	public boolean confirm(String token) {
		return jdbc.update("update report_subscription set confirmed = true where token = :token", Map.of("token", token)) == 1;
	}

	@Transactional
	public boolean unsubscribe(String token) {
		return jdbc.update("delete from report_subscription where token = :token", Map.of("token", token)) == 1;
	}

	/** Tells every confirmed subscriber the new phase, with the link to the report and the one to unsubscribe. */
	@ApplicationModuleListener
	void on(ReportPhaseChanged changed) {
		records.byId(changed.reportId()).ifPresent(report -> jdbc.query(
				"select email, token, locale from report_subscription where report_id = :report and confirmed = true",
				Map.of("report", report.id()), rs -> {
					Locale locale = Locale.forLanguageTag(rs.getString("locale"));
					Object[] args = { report.reference(), messages.getMessage("reports.phase." + changed.phase().name(), null, locale),
							baseUrl + "/meldungen/" + report.reference(), baseUrl + "/meldungen/abo/" + rs.getString("token") + "/abbestellen",
							authorityName };
					mails.send(new MailMessage(rs.getString("email"), messages.getMessage("reports.mail.news.subject", args, locale),
							messages.getMessage("reports.mail.news.body", args, locale)));
				}));
	}

	private static String token() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}
}
