package de.amtsportal.submissions.internal;

import java.util.UUID;

import org.springframework.stereotype.Component;

import de.amtsportal.forms.Forms;
import de.amtsportal.forms.definition.Answers;

/** The answers of a submitted application as a tree, read against the form version it was submitted with. */
@Component
public class SubmittedAnswers {

	private final SubmissionRecords records;
	private final Forms forms;
	private final AnswersJson json;

	SubmittedAnswers(SubmissionRecords records, Forms forms, AnswersJson json) {
		this.records = records;
		this.forms = forms;
		this.json = json;
	}

	public Answers of(UUID id) {
		Submission submission = records.find(id).orElseThrow();
		return forms.released(submission.formVersionId())
			.map(form -> json.read(submission.answers(), form.definition()))
			.orElse(Answers.NONE);
	}
}
