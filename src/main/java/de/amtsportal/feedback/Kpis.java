package de.amtsportal.feedback;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.amtsportal.catalog.Catalog;
import de.amtsportal.catalog.PublishedService;
import de.amtsportal.feedback.internal.KpiFacts;
import de.amtsportal.feedback.internal.KpiFacts.Count;
import de.amtsportal.feedback.internal.KpiFacts.Kind;
import de.amtsportal.feedback.internal.KpiFacts.Scores;
import de.amtsportal.feedback.internal.KpiFacts.Total;

/**
 * The key figures of the online services (OZG service standard): per service and month, from facts recorded
 * as applications are started, submitted and decided, and from the satisfaction ratings. Nothing in them
 * leads to a person.
 */
@Service
public class Kpis {

	/** The longest period one table covers. */
	public static final int MAX_MONTHS = 36;

	private final KpiFacts facts;
	private final Catalog catalog;
	private final Clock clock;

	Kpis(KpiFacts facts, Catalog catalog, Clock clock) {
		this.facts = facts;
		this.catalog = catalog;
		this.clock = clock;
	}

	/** The current month in the authority's time zone. */
	public YearMonth currentMonth() {
		return YearMonth.now(clock.withZone(KpiFacts.BERLIN));
	}

	/**
	 * The figures of every service with anything to count in the period, one row per service and month from
	 * {@code from} to {@code to}, ordered by service name and month.
	 */
	@Transactional(readOnly = true)
	public List<ServiceMonth> figures(YearMonth from, YearMonth to) {
		if (to.isBefore(from) || from.plusMonths(MAX_MONTHS).isBefore(to)) {
			throw new IllegalArgumentException("A period of one to " + MAX_MONTHS + " months");
		}
		Map<UUID, PublishedService> published = catalog.published().stream()
			.collect(Collectors.toMap(PublishedService::id, Function.identity()));
		Map<Key, Count> counts = facts.counts(from, to).stream().collect(Collectors.toMap(c -> new Key(c.serviceId(), c.month(), c.kind()), c -> c));
		Map<UUID, Map<YearMonth, Map<Integer, Long>>> scores = scoresByServiceAndMonth(facts.scores(from, to));
		Map<UUID, Long> openBefore = new HashMap<>();
		Map<UUID, String> names = new HashMap<>();
		for (Total total : facts.totalsBefore(from)) {
			long sign = total.kind() == Kind.SUBMITTED ? 1 : total.kind() == Kind.FINISHED ? -1 : 0;
			openBefore.merge(total.serviceId(), sign * total.count(), Long::sum);
			names.put(total.serviceId(), total.serviceName());
		}
		// a service appears when something happened in the period or cases of it are still open
		names.keySet().removeIf(id -> openBefore.getOrDefault(id, 0L) <= 0);
		counts.values().forEach(c -> names.put(c.serviceId(), c.serviceName()));
		published.values().stream().filter(s -> scores.containsKey(s.id())).forEach(s -> names.put(s.id(), s.nameDe()));

		List<ServiceMonth> rows = new ArrayList<>();
		for (UUID service : names.keySet()) {
			PublishedService current = published.get(service);
			String name = current != null ? current.nameDe() : names.get(service);
			long open = openBefore.getOrDefault(service, 0L);
			for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
				long started = count(counts, service, month, Kind.STARTED);
				long submitted = count(counts, service, month, Kind.SUBMITTED);
				@Nullable Count decided = counts.get(new Key(service, month, Kind.DECIDED));
				open += submitted - count(counts, service, month, Kind.FINISHED);
				rows.add(new ServiceMonth(service, name, current == null ? null : current.nameEn(), month, started, submitted,
						started == 0 ? null : Math.min(1.0, (double) submitted / started),
						decided == null ? null : decided.median(), decided == null ? null : decided.p90(),
						decided == null ? 0 : decided.count(), Math.max(0, open),
						FeedbackSummary.of(scores.getOrDefault(service, Map.of()).getOrDefault(month, Map.of()))));
			}
		}
		rows.sort(Comparator.comparing((ServiceMonth r) -> r.serviceName()).thenComparing(ServiceMonth::serviceId)
			.thenComparing(ServiceMonth::month));
		return rows;
	}

	/** Only the services in the public catalogue: what the open data may show. */
	@Transactional(readOnly = true)
	public List<ServiceMonth> publicFigures(YearMonth from, YearMonth to) {
		var published = catalog.published().stream().map(PublishedService::id).collect(Collectors.toSet());
		return figures(from, to).stream().filter(row -> published.contains(row.serviceId())).toList();
	}

	private static long count(Map<Key, Count> counts, UUID service, YearMonth month, Kind kind) {
		Count count = counts.get(new Key(service, month, kind));
		return count == null ? 0 : count.count();
	}

	private static Map<UUID, Map<YearMonth, Map<Integer, Long>>> scoresByServiceAndMonth(List<Scores> scores) {
		Map<UUID, Map<YearMonth, Map<Integer, Long>>> result = new HashMap<>();
		for (Scores s : scores) {
			result.computeIfAbsent(s.serviceId(), k -> new HashMap<>())
				.computeIfAbsent(YearMonth.from(s.day()), k -> new HashMap<>())
				.merge(s.score(), s.count(), Long::sum);
		}
		return result;
	}

	private record Key(UUID service, YearMonth month, Kind kind) {
	}

	/** Sums up rows of one service (or several) over the months of a period. */
	public static FeedbackSummary satisfaction(List<ServiceMonth> rows) {
		Map<Integer, Long> scores = new HashMap<>();
		rows.forEach(r -> r.satisfaction().distribution().forEach((score, n) -> scores.merge(score, n, Long::sum)));
		return FeedbackSummary.of(scores);
	}
}
