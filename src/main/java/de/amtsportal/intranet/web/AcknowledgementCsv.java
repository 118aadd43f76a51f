package de.amtsportal.intranet.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import de.amtsportal.intranet.internal.AcknowledgementOverview;
import de.amtsportal.intranet.internal.PersonalAcknowledgementOverview;

/**
 * The read confirmations of a circular as CSV (RFC 4180), one row per addressed institution, or per addressed
 * person and institution when each person confirms. Cells that a
 * spreadsheet would take for a formula are prefixed with an apostrophe.
 */
@Component
class AcknowledgementCsv {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Europe/Berlin"));

	private final MessageSource messages;

	AcknowledgementCsv(MessageSource messages) {
		this.messages = messages;
	}

	String of(AcknowledgementOverview overview, Locale locale) {
		return print(csv -> {
			csv.printRecord(text("intranet.export.institution", locale), text("intranet.export.status", locale),
					text("intranet.export.at", locale), text("intranet.export.by", locale));
			for (AcknowledgementOverview.Row row : overview.rows()) {
				csv.printRecord(cell(row.name()), status(row.confirmed(), locale), time(row.acknowledgedAt()),
						row.acknowledgedBy() == null ? "" : cell(row.acknowledgedBy()));
			}
		});
	}

	/** A circular asked of each person: one row per addressed person and institution. */
	String of(PersonalAcknowledgementOverview overview, Locale locale) {
		return print(csv -> {
			csv.printRecord(text("intranet.export.institution", locale), text("intranet.export.person", locale),
					text("intranet.export.group", locale), text("intranet.export.status", locale), text("intranet.export.at", locale));
			for (PersonalAcknowledgementOverview.Institution institution : overview.institutions()) {
				for (PersonalAcknowledgementOverview.Person person : institution.persons()) {
					csv.printRecord(cell(institution.name()), cell(person.name()),
							String.join(", ", person.targetGroups().stream().map(g -> text("admin.target-group." + g, locale)).toList()),
							status(person.confirmed(), locale), time(person.acknowledgedAt()));
				}
			}
		});
	}

	private interface Rows {
		void print(CSVPrinter csv) throws IOException;
	}

	private static String print(Rows rows) {
		StringWriter out = new StringWriter();
		try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
			rows.print(csv);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toString();
	}

	private String status(boolean confirmed, Locale locale) {
		return text(confirmed ? "intranet.export.confirmed" : "intranet.export.open", locale);
	}

	private static String time(@Nullable Instant at) {
		return at == null ? "" : TIME.format(at);
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	private static String cell(String value) {
		return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
	}
}
