package de.amtsportal.forms.rendering;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.support.ResourceBundleMessageSource;

import de.amtsportal.forms.definition.Answers;
import de.amtsportal.forms.definition.Field;
import de.amtsportal.forms.definition.FieldType;
import de.amtsportal.forms.definition.FormPage;
import de.amtsportal.forms.definition.Text;
import de.amtsportal.forms.definition.Violation;
import de.amtsportal.forms.spi.PlaceSearch;

import static org.assertj.core.api.Assertions.assertThat;

/** The position field's address search as the journey posts it, against a register of three houses. */
class PositionSearchTests {

	static final PlaceSearch.FoundPlace STATION = new PlaceSearch.FoundPlace("a1", "Bahnhofstraße 3, 12345 Teststadt",
			new BigDecimal("52.516290"), new BigDecimal("13.410850"));
	static final PlaceSearch.FoundPlace SCHOOL = new PlaceSearch.FoundPlace("a2", "Schulstraße 4, 12345 Teststadt",
			new BigDecimal("52.5229"), new BigDecimal("13.3964"));
	static final PlaceSearch.FoundPlace SCHOOL_HAUSEN = new PlaceSearch.FoundPlace("a3", "Schulstraße 4, 12347 Teststadt-Hausen",
			new BigDecimal("52.5295"), new BigDecimal("13.415"));

	final FormPage page = FormPage.of("ort", Text.of("Wo ist es?", "Where is it?"),
			Field.of("position", FieldType.POSITION, Text.of("Position", "Position"), true));

	@Test
	void searchingWithOneMatchFillsThePositionAndSaysWhere() {
		var outcome = search(true).resolve(page, new Answers(Map.of()), Map.of("f.position.adresse", new String[] { "Bahnhofstr. 3" },
				"aktion", new String[] { "adresse-suchen:f.position" }), Locale.GERMAN);
		assertThat(outcome.answers().values().get("position")).isEqualTo(Map.of("lat", "52.51629", "lon", "13.41085"));
		assertThat(outcome.states().get("f.position").found()).isEqualTo("Bahnhofstraße 3, 12345 Teststadt");
		assertThat(outcome.problems()).isEmpty();
	}

	@Test
	void severalMatchesAreOfferedAndMustBeChosenBeforeContinuing() {
		var searched = search(true).resolve(page, new Answers(Map.of()), Map.of("f.position.adresse", new String[] { "Schulstraße 4" },
				"aktion", new String[] { "adresse-suchen:f.position" }), Locale.GERMAN);
		assertThat(searched.states().get("f.position").candidates()).containsExactly(SCHOOL, SCHOOL_HAUSEN);
		assertThat(searched.problems()).isEmpty();
		assertThat(searched.answers().values()).doesNotContainKey("position");

		var continued = search(true).resolve(page, new Answers(Map.of()), Map.of("f.position.adresse", new String[] { "Schulstraße 4" }),
				Locale.ENGLISH);
		assertThat(continued.problems()).extracting(Violation::path).containsExactly("position.adresswahl");
		assertThat(continued.states().get("f.position").error()).isEqualTo("Please choose one of the addresses found.");

		var chosen = search(true).resolve(page, new Answers(Map.of()), Map.of("f.position.adresse", new String[] { "Schulstraße 4" },
				"f.position.adresswahl", new String[] { "a3" }), Locale.GERMAN);
		assertThat(chosen.answers().values().get("position")).isEqualTo(Map.of("lat", "52.5295", "lon", "13.415"));
		assertThat(chosen.problems()).isEmpty();
	}

	@Test
	void noMatchIsAnErrorAtTheSearchInput() {
		var outcome = search(true).resolve(page, new Answers(Map.of()), Map.of("f.position.adresse", new String[] { "Lindenallee 1" },
				"aktion", new String[] { "adresse-suchen:f.position" }), Locale.GERMAN);
		assertThat(outcome.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.path()).isEqualTo("position.adresse");
			assertThat(problem.message().in(Locale.GERMAN)).startsWith("Zu „Lindenallee 1“ haben wir keine Adresse gefunden.");
		});
		assertThat(outcome.concerns(new Violation("position", Violation.Code.REQUIRED, List.of(), null))).isTrue();
	}

	@Test
	void typedCoordinatesAreKeptWhenContinuingAndNothingIsOfferedWithoutARegister() {
		Map<String, Object> typed = Map.of("lat", "52.6", "lon", "13.5");
		var outcome = search(true).resolve(page, new Answers(Map.of("position", typed)),
				Map.of("f.position.adresse", new String[] { "Schulstraße 4" }), Locale.GERMAN);
		assertThat(outcome.answers().values().get("position")).isEqualTo(typed);
		assertThat(outcome.problems()).isEmpty();

		assertThat(search(false).idle(page)).isEmpty();
		assertThat(search(true).idle(page)).containsOnlyKeys("f.position");
		assertThat(search(false).resolve(page, new Answers(Map.of()), Map.of("aktion", new String[] { "adresse-suchen:f.position" }),
				Locale.GERMAN).states()).isEmpty();
	}

	private static PositionSearch search(boolean loaded) {
		PlaceSearch places = new PlaceSearch() {

			@Override
			public boolean available() {
				return loaded;
			}

			@Override
			public List<FoundPlace> find(String text, int limit) {
				return text.toLowerCase(Locale.GERMAN).startsWith("bahnhof") ? List.of(STATION)
						: text.startsWith("Schul") ? List.of(SCHOOL, SCHOOL_HAUSEN) : List.of();
			}

			@Override
			public Optional<FoundPlace> byId(String id) {
				return List.of(STATION, SCHOOL, SCHOOL_HAUSEN).stream().filter(p -> p.id().equals(id)).findFirst();
			}
		};
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("i18n/forms");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return new PositionSearch(new StaticListableBeanFactory(Map.of("places", places)).getBeanProvider(PlaceSearch.class), messages);
	}
}
