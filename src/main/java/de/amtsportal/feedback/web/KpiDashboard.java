package de.amtsportal.feedback.web;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import de.amtsportal.feedback.FeedbackSummary;
import de.amtsportal.feedback.Kpis;
import de.amtsportal.feedback.ServiceMonth;

/** The key figures of the online services for staff: per service and month, as tables and charts. */
@Controller
class KpiDashboard {

	private final Kpis kpis;

	KpiDashboard(Kpis kpis) {
		this.kpis = kpis;
	}

	@GetMapping("/amt/kennzahlen")
	String show(@RequestParam(name = "von", required = false) @Nullable String from,
			@RequestParam(name = "bis", required = false) @Nullable String to,
			@RequestParam(name = "leistung", required = false) @Nullable String service, Model model, Locale locale) {
		YearMonth current = kpis.currentMonth();
		KpiFilter filter = KpiFilter.of(from, to, service, current);
		List<ServiceMonth> all = kpis.figures(filter.from(), filter.to());
		Map<UUID, String> services = new LinkedHashMap<>();
		all.forEach(row -> services.putIfAbsent(row.serviceId(), row.serviceName(locale)));
		List<ServiceMonth> rows = filter.service() == null ? all
				: all.stream().filter(row -> row.serviceId().equals(filter.service())).toList();

		DateTimeFormatter monthLabel = DateTimeFormatter.ofPattern("MM/yy", locale);
		List<MonthTotal> months = new ArrayList<>();
		for (YearMonth month = filter.from(); !month.isAfter(filter.to()); month = month.plusMonths(1)) {
			YearMonth m = month;
			List<ServiceMonth> ofMonth = rows.stream().filter(r -> r.month().equals(m)).toList();
			months.add(new MonthTotal(m, monthLabel.format(m), ofMonth.stream().mapToLong(ServiceMonth::started).sum(),
					ofMonth.stream().mapToLong(ServiceMonth::submitted).sum(), ofMonth.stream().mapToLong(ServiceMonth::decided).sum(),
					ofMonth.stream().mapToLong(ServiceMonth::openCases).sum()));
		}
		FeedbackSummary satisfaction = Kpis.satisfaction(rows);

		model.addAttribute("filter", filter);
		model.addAttribute("choosableMonths", choosableMonths(current));
		model.addAttribute("services", services);
		model.addAttribute("rows", rows.stream().filter(r -> r.started() + r.submitted() + r.decided() + r.openCases()
				+ r.satisfaction().count() > 0).toList());
		model.addAttribute("months", months);
		model.addAttribute("submittedChart", BarChart.of(months.stream().map(MonthTotal::label).toList(),
				months.stream().map(MonthTotal::submitted).toList()));
		model.addAttribute("satisfaction", satisfaction);
		model.addAttribute("satisfactionChart", BarChart.of(List.of("1", "2", "3", "4", "5"),
				List.copyOf(satisfaction.distribution().values())));
		return "feedback/kpis";
	}

	private static List<YearMonth> choosableMonths(YearMonth current) {
		List<YearMonth> months = new ArrayList<>();
		for (int back = 0; back <= Kpis.MAX_MONTHS; back++) {
			months.add(current.minusMonths(back));
		}
		return months;
	}

	/** All shown services together in one month. */
	public record MonthTotal(YearMonth month, String label, long started, long submitted, long decided, long openCases) {
	}
}
