package de.amtsportal.submissions.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import de.amtsportal.forms.Forms;
import de.amtsportal.forms.PublishedForm;
import de.amtsportal.forms.definition.Answers;
import de.amtsportal.forms.rendering.AnswerSummary;
import de.amtsportal.submissions.SubmittedFile;

/** What a submission says, read against the form version it was sent with: for staff pages and the case inbox. */
@Component
public class SubmissionContents {

	private final SubmissionRecords records;
	private final Forms forms;
	private final AnswersJson json;
	private final AnswerSummary summary;

	SubmissionContents(SubmissionRecords records, Forms forms, AnswersJson json, AnswerSummary summary) {
		this.records = records;
		this.forms = forms;
		this.json = json;
		this.summary = summary;
	}

	/** The answers as on the check page; file answers by their file names. */
	public List<AnswerSummary.Section> sections(UUID id, Locale locale) {
		Submission submission = records.find(id).orElseThrow();
		PublishedForm form = forms.released(submission.formVersionId()).orElseThrow();
		Map<String, String> names = records.files(id).stream()
			.collect(Collectors.toMap(f -> f.documentId().toString(), SubmittedFile::fileName, (a, b) -> a));
		return summary.of(form.definition(), json.read(submission.answers(), form.definition()), locale, names);
	}

	/** First and family name where the form asks for them by the names the demo forms and FIM use; else "". */
	public String applicantName(Submission submission) {
		Answers answers = forms.released(submission.formVersionId())
			.map(form -> json.read(submission.answers(), form.definition()))
			.orElse(Answers.NONE);
		String name = Stream.of("vorname", "nachname", "familienname", "name")
			.map(field -> Answers.text(answers.get(field)))
			.filter(text -> text != null && !text.isBlank())
			.map(String::strip)
			.collect(Collectors.joining(" "));
		return name.length() > 200 ? name.substring(0, 200) : name;
	}
}
