package de.amtsportal.reports.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import de.amtsportal.cases.CaseSummary;
import de.amtsportal.cases.spi.CaseSection;
import de.amtsportal.reports.ReportHandling;

/** The report's part of its case page: position, photos with their release, public description, reply, merging. */
@Component
class ReportCaseSection implements CaseSection {

	private final ReportHandling handling;

	ReportCaseSection(ReportHandling handling) {
		this.handling = handling;
	}

	@Override
	public Optional<Fragment> of(CaseSummary c, Locale locale) {
		return handling.ofSubmission(c.submissionId(), locale).map(handled -> {
			Map<String, Object> model = new LinkedHashMap<>();
			model.put("handled", handled);
			model.put("report", handled.report());
			model.put("caseId", c.id());
			model.put("open", handled.report().status() == de.amtsportal.reports.PublicStatus.OPEN && c.status().isOpen());
			model.put("candidates", handling.mergeCandidates(handled.report().id(), locale));
			return new Fragment("reports/vorgang", model);
		});
	}
}
