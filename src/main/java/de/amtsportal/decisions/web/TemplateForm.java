package de.amtsportal.decisions.web;

import de.amtsportal.decisions.internal.TemplateText;

/** The template editor's inputs: both languages on one page, German required. */
public record TemplateForm(String titleDe, String bodyDe, String legalRemedyDe, String titleEn, String bodyEn,
		String legalRemedyEn) {

	public TemplateForm {
		titleDe = titleDe == null ? "" : titleDe;
		bodyDe = bodyDe == null ? "" : bodyDe;
		legalRemedyDe = legalRemedyDe == null ? "" : legalRemedyDe;
		titleEn = titleEn == null ? "" : titleEn;
		bodyEn = bodyEn == null ? "" : bodyEn;
		legalRemedyEn = legalRemedyEn == null ? "" : legalRemedyEn;
	}

	static TemplateForm of(TemplateText german, TemplateText english) {
		return new TemplateForm(german.title(), german.body(), german.legalRemedy(), english.title(), english.body(),
				english.legalRemedy());
	}

	TemplateText german() {
		return new TemplateText(titleDe, bodyDe, legalRemedyDe);
	}

	TemplateText english() {
		return new TemplateText(titleEn, bodyEn, legalRemedyEn);
	}
}
