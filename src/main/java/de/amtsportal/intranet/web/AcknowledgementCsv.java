package de.amtsportal.intranet.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import de.amtsportal.intranet.internal.AcknowledgementOverview;

/**
 * The read confirmations of a circular as CSV (RFC 4180), one row per addressed institution. Cells that a
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
		StringWriter out = new StringWriter();
		try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
			csv.printRecord(text("intranet.export.institution", locale), text("intranet.export.status", locale),
					text("intranet.export.at", locale), text("intranet.export.by", locale));
			for (AcknowledgementOverview.Row row : overview.rows()) {
				csv.printRecord(cell(row.name()),
						text(row.confirmed() ? "intranet.export.confirmed" : "intranet.export.open", locale),
						row.acknowledgedAt() == null ? "" : TIME.format(row.acknowledgedAt()),
						row.acknowledgedBy() == null ? "" : cell(row.acknowledgedBy()));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toString();
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	private static String cell(String value) {
		return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
	}
}
