package de.amtsportal.submissions.internal;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The address an applicant follows from a mail: their application, or for anonymous applicants its secret link. */
@Component
public class ApplicantLinks {

	private final Secrets secrets;
	private final String baseUrl;

	ApplicantLinks(Secrets secrets, @Value("${amtsportal.base-url}") String baseUrl) {
		this.secrets = secrets;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
	}

	public String of(UUID submissionId, @Nullable UUID applicantAccount) {
		return applicantAccount == null ? baseUrl + "/antraege/zugang/" + submissionId + "/" + secrets.accessToken(submissionId)
				: baseUrl + "/antraege/" + submissionId;
	}
}
