package de.amtsportal.forms.rendering;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import de.amtsportal.forms.definition.Answers;
import de.amtsportal.forms.definition.Field;
import de.amtsportal.forms.definition.FieldType;
import de.amtsportal.forms.definition.FormPage;
import de.amtsportal.forms.definition.Text;
import de.amtsportal.forms.definition.Violation;
import de.amtsportal.forms.spi.PlaceSearch;
import de.amtsportal.forms.spi.PlaceSearch.FoundPlace;

/**
 * The address search of a position field, without JavaScript: the field's {@code f.<field>.adresse} input and
 * a button {@code aktion=adresse-suchen:f.<field>} that shows the page again. One match becomes the position;
 * several are offered to choose ({@code f.<field>.adresswahl}); none is an error at the search input.
 * Continuing with an address typed but no coordinates searches as well. The stored answer stays
 * {@code {lat, lon}}: the address only leads to it.
 */
@Component
public class PositionSearch {

	public static final String ACTION = "adresse-suchen:";
	static final int MAX_CANDIDATES = 10;
	private static final String TEXT = ".adresse";
	private static final String CHOICE = ".adresswahl";

	private final ObjectProvider<PlaceSearch> places;
	private final MessageSource messages;

	public PositionSearch(ObjectProvider<PlaceSearch> places, MessageSource messages) {
		this.places = places;
		this.messages = messages;
	}

	/**
	 * What the page shows at a position field's search, by the field's input name ({@code f.<field>}); no entry
	 * where no search is offered.
	 */
	public record State(@Nullable String text, @Nullable String found, List<FoundPlace> candidates, @Nullable String error) {

		static State empty() {
			return new State(null, null, List.of(), null);
		}
	}

	/** The answers with positions found, the search states for the page, and what stops the applicant. */
	public record Outcome(Answers answers, Map<String, State> states, List<Violation> problems) {

		/** Whether a problem of the search is about this field (then its plain "required" is not repeated). */
		public boolean concerns(Violation violation) {
			return problems.stream().anyMatch(p -> p.path().startsWith(violation.path() + "."));
		}
	}

	public static boolean isSearchAction(Map<String, String[]> parameters) {
		String action = first(parameters.get("aktion"));
		return action != null && action.startsWith(ACTION);
	}

	/** The search inputs of a page shown without a post. */
	public Map<String, State> idle(FormPage page) {
		Map<String, State> states = new LinkedHashMap<>();
		if (available()) {
			positionFields(page).forEach(field -> states.put(AnswerBinding.PREFIX + field.id(), State.empty()));
		}
		return states;
	}

	public Outcome resolve(FormPage page, Answers answers, Map<String, String[]> parameters, Locale locale) {
		List<Field> fields = positionFields(page);
		if (fields.isEmpty() || !available()) {
			return new Outcome(answers, Map.of(), List.of());
		}
		String action = first(parameters.get("aktion"));
		Answers result = answers;
		Map<String, State> states = new LinkedHashMap<>();
		List<Violation> problems = new ArrayList<>();
		for (Field field : fields) {
			String name = AnswerBinding.PREFIX + field.id();
			String text = trimmed(first(parameters.get(name + TEXT)));
			String choice = trimmed(first(parameters.get(name + CHOICE)));
			boolean searching = (ACTION + name).equals(action);
			boolean continuing = action == null;
			FoundPlace chosen = choice == null || !(searching || continuing) ? null : search().byId(choice).orElse(null);
			if (chosen != null) {
				result = result.with(field.id(), position(chosen));
				states.put(name, new State(text, chosen.label(), List.of(), null));
			}
			else if (searching || (continuing && text != null && !hasPosition(result.values().get(field.id())))) {
				Search search = search(field, text, searching, locale);
				if (search.found() != null) {
					result = result.with(field.id(), position(search.found()));
				}
				if (search.problem() != null) {
					problems.add(search.problem());
				}
				states.put(name, new State(text, search.found() == null ? null : search.found().label(), search.candidates(),
						search.problem() == null ? null : Objects.requireNonNull(search.problem().message()).in(locale)));
			}
			else {
				states.put(name, new State(text, null, List.of(), null));
			}
		}
		return new Outcome(result, states, problems);
	}

	private record Search(@Nullable FoundPlace found, List<FoundPlace> candidates, @Nullable Violation problem) {
	}

	private Search search(Field field, @Nullable String text, boolean searching, Locale locale) {
		if (text == null) {
			return new Search(null, List.of(), problem(field.id() + TEXT, "forms.position.search.empty"));
		}
		List<FoundPlace> found = search().find(text, MAX_CANDIDATES + 1);
		if (found.isEmpty()) {
			return new Search(null, List.of(), problem(field.id() + TEXT, "forms.position.search.none", text));
		}
		if (found.size() == 1) {
			return new Search(found.get(0), List.of(), null);
		}
		if (found.size() > MAX_CANDIDATES) {
			return new Search(null, List.of(), problem(field.id() + TEXT, "forms.position.search.too-many", text));
		}
		// asked to search, the choice is the answer; asked to continue, the choice is still to be made
		return new Search(null, found, searching ? null : problem(field.id() + CHOICE, "forms.position.search.choose"));
	}

	private Violation problem(String path, String key, Object... arguments) {
		return new Violation(path, Violation.Code.RULE, List.of(),
				Text.of(messages.getMessage(key, arguments, Locale.GERMAN), messages.getMessage(key, arguments, Locale.ENGLISH)));
	}

	private static Map<String, Object> position(FoundPlace place) {
		return Map.of("lat", plain(place.latitude()), "lon", plain(place.longitude()));
	}

	private static String plain(BigDecimal number) {
		return number.stripTrailingZeros().toPlainString();
	}

	private static boolean hasPosition(@Nullable Object value) {
		return value instanceof Map<?, ?> map && map.get("lat") instanceof String lat && !lat.isBlank()
				&& map.get("lon") instanceof String lon && !lon.isBlank();
	}

	private boolean available() {
		PlaceSearch search = places.getIfAvailable();
		return search != null && search.available();
	}

	private PlaceSearch search() {
		return places.getObject();
	}

	private static List<Field> positionFields(FormPage page) {
		return page.fields().stream().filter(f -> f.type() == FieldType.POSITION).toList();
	}

	private static @Nullable String trimmed(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	private static @Nullable String first(String @Nullable [] values) {
		return values == null || values.length == 0 ? null : values[0];
	}
}
