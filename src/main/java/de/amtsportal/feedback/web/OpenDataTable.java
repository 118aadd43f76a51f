package de.amtsportal.feedback.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import de.amtsportal.feedback.ServiceMonth;

/**
 * The published KPI table: one row per service and month, the same columns in CSV and JSON. The column names
 * are German (the data's audience) and stable — they are the contract with everyone who downloads them.
 */
final class OpenDataTable {

	static final List<String> COLUMNS = List.of("monat", "leistung_id", "leistung", "antraege_begonnen",
			"antraege_eingereicht", "abschlussquote", "entscheidungen", "tage_bis_entscheidung_median",
			"tage_bis_entscheidung_p90", "offene_vorgaenge_monatsende", "bewertungen", "bewertung_mittelwert",
			"bewertungen_note_1", "bewertungen_note_2", "bewertungen_note_3", "bewertungen_note_4", "bewertungen_note_5");

	private OpenDataTable() {
	}

	static Map<String, @Nullable Object> row(ServiceMonth figures) {
		Map<String, @Nullable Object> row = new LinkedHashMap<>();
		row.put("monat", figures.month().toString());
		row.put("leistung_id", figures.serviceId().toString());
		row.put("leistung", figures.serviceName());
		row.put("antraege_begonnen", figures.started());
		row.put("antraege_eingereicht", figures.submitted());
		row.put("abschlussquote", figures.completionRate() == null ? null : Math.round(figures.completionRate() * 1000) / 1000.0);
		row.put("entscheidungen", figures.decided());
		row.put("tage_bis_entscheidung_median", ServiceMonth.days(figures.medianTimeToDecision()));
		row.put("tage_bis_entscheidung_p90", ServiceMonth.days(figures.p90TimeToDecision()));
		row.put("offene_vorgaenge_monatsende", figures.openCases());
		row.put("bewertungen", figures.satisfaction().count());
		row.put("bewertung_mittelwert", figures.satisfaction().count() == 0 ? null
				: Math.round(figures.satisfaction().average() * 100) / 100.0);
		figures.satisfaction().distribution().forEach((score, count) -> row.put("bewertungen_note_" + score, count));
		return row;
	}
}
