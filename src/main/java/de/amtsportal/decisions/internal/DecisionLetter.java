package de.amtsportal.decisions.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import de.amtsportal.documents.pdf.PdfRenderer;
import de.amtsportal.documents.signing.PdfSigner;
import de.amtsportal.identity.Directory;
import de.amtsportal.identity.OrgUnitView;
import de.amtsportal.submissions.SubmissionView;

/**
 * The decision as a document: rendered to PDF/A-3a in the application's language from {@code templates/pdf/decision.html}
 * (letterhead, reference, date, text, Rechtsbehelfsbelehrung, a note on the seal) and sealed.
 */
@Component
public class DecisionLetter {

	/** Paragraphs are separated by blank lines; a single line break stays inside its paragraph. */
	private static final Pattern PARAGRAPHS = Pattern.compile("\\R\\s*\\R");

	private final PdfRenderer renderer;
	private final PdfSigner signer;
	private final Directory directory;
	private final String authorityName;

	DecisionLetter(PdfRenderer renderer, PdfSigner signer, Directory directory,
			@Value("${amtsportal.authority-name}") String authorityName) {
		this.renderer = renderer;
		this.signer = signer;
		this.directory = directory;
		this.authorityName = authorityName;
	}

	public static String fileName(SubmissionView submission) {
		return "Bescheid-" + submission.reference() + ".pdf";
	}

	/** The unsealed PDF/A, e.g. for a preview. */
	public byte[] render(SubmissionView submission, Letter letter) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("authorityName", authorityName);
		variables.put("unitName", directory.orgUnit(submission.responsibleUnit()).map(OrgUnitView::name).orElse(null));
		variables.put("reference", submission.reference());
		variables.put("date", letter.date());
		variables.put("serviceName", letter.serviceName());
		variables.put("applicantName", letter.applicantName());
		variables.put("title", letter.title());
		variables.put("paragraphs", paragraphs(letter.text()));
		variables.put("remedy", paragraphs(letter.legalRemedy()));
		return renderer.render("decision", variables, submission.locale());
	}

	/** The sealed PDF/A as the applicant receives it. */
	public byte[] sealed(SubmissionView submission, Letter letter) {
		return signer.sign(render(submission, letter), letter.title() + " " + submission.reference());
	}

	static List<String> paragraphs(String text) {
		return Arrays.stream(PARAGRAPHS.split(text.strip())).map(String::strip).filter(p -> !p.isEmpty()).toList();
	}

	/** What the letter says, its placeholders already filled. */
	public record Letter(String title, String text, String legalRemedy, String date, String serviceName, String applicantName) {
	}
}
