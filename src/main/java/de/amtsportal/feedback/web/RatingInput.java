package de.amtsportal.feedback.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import de.amtsportal.feedback.Feedback;

/**
 * What the rating form binds: the moment (a hidden field, checked again on the server), the score, the comment, and
 * for a closed report whether the problem is still there.
 */
record RatingInput(String moment,
		@NotNull @Min(1) @Max(5) @Nullable Integer score, @Size(max = Feedback.MAX_COMMENT) @Nullable String comment,
		@Nullable Boolean notFixed) {

	RatingInput {
		moment = moment == null ? "" : moment;
	}
}
