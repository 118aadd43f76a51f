package de.amtsportal.forms.definition;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import de.amtsportal.forms.definition.Condition.Operator;

/** A registration of moving in ("Anmeldung"), reduced to what exercises every field type and rule. */
public final class SampleForms {

	private SampleForms() {
	}

	public static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

	public static Text t(String de) {
		return Text.of(de, null);
	}

	public static final FormDefinition MOVING_IN = new FormDefinition(t("Anmeldung einer Wohnung"), List.of(
			FormPage.of("wohnung", t("Neue Wohnung"),
					Field.of("einzug", FieldType.DATE, t("Tag des Einzugs"), true).withValidation(Validation.dates(-365, 14)),
					Field.of("anschrift", FieldType.POSTAL_ADDRESS, t("Anschrift"), true),
					Field.of("zimmer", FieldType.NUMBER, t("Zimmer"), false).withValidation(Validation.range(BigDecimal.ONE, BigDecimal.valueOf(20))),
					Field.of("art", FieldType.SINGLE_CHOICE, t("Art"), true)
						.withOptions(List.of(new Option("haupt", t("Hauptwohnung")), new Option("neben", t("Nebenwohnung")))),
					Field.of("hauptwohnung_ort", FieldType.TEXT, t("Wo ist Ihre Hauptwohnung?"), true)
						.visibleIf(Condition.equals("art", "neben"))),
			FormPage.of("personen", t("Personen"),
					Field.of("personen", FieldType.REPEAT, t("Person"), true).withItems(1, 3).withChildren(List.of(
							Field.of("vorname", FieldType.TEXT, t("Vorname"), true).withValidation(Validation.length(null, 50)),
							Field.of("email", FieldType.EMAIL, t("E-Mail"), false),
							Field.of("minderjaehrig", FieldType.YES_NO, t("Minderjährig?"), true),
							Field.of("sorgeberechtigt", FieldType.TEXT, t("Sorgeberechtigte Person"), true)
								.visibleIf(Condition.equals("minderjaehrig", "ja"))))),
			FormPage.of("zahlung", t("Gebühr"),
					Field.of("iban", FieldType.IBAN, t("IBAN"), true),
					Field.of("telefon", FieldType.PHONE, t("Telefon"), false),
					Field.of("kanaele", FieldType.MULTIPLE_CHOICE, t("Benachrichtigung"), false)
						.withOptions(List.of(new Option("post", t("Post")), new Option("mail", t("E-Mail")))),
					Field.of("auszug", FieldType.DATE, t("Auszug aus der alten Wohnung"), false),
					Field.of("standort", FieldType.POSITION, t("Standort"), false),
					Field.of("nachweis", FieldType.FILE, t("Wohnungsgeberbestätigung"), false)
						.withUpload(new Upload(List.of("application/pdf"), Upload.DEFAULT_MAX_BYTES, 2)))),
			List.of(new CrossFieldRule("auszug-vor-einzug", Condition.compare("auszug", Operator.ANSWERED, null),
					Condition.compare("auszug", Operator.LESS_OR_EQUAL, "{einzug}"),
					t("Der Auszug muss vor dem Einzug liegen."), List.of("auszug"))));

	public static Map<String, Object> validAnswers() {
		return Map.of(
				"einzug", "2026-11-01",
				"anschrift", Map.of("strasse", "Lindenallee", "hausnummer", "7a", "plz", "12345", "ort", "Musterstadt"),
				"zimmer", "3",
				"art", "haupt",
				"personen", List.of(Map.of("vorname", "Erika", "minderjaehrig", "nein"),
						Map.of("vorname", "Max", "minderjaehrig", "ja", "sorgeberechtigt", "Erika Mustermann")),
				"iban", "DE89 3704 0044 0532 0130 00",
				"telefon", "+49 30 1234567",
				"kanaele", List.of("mail"),
				"auszug", "31.10.2026",
				"standort", Map.of("lat", "52.52", "lon", "13.405"));
	}

}
