package de.amtsportal.forms;

/**
 * Where a form version stands in the review-and-release workflow. Transitions are guarded in the version
 * itself: draft → in review → (changes requested → in review)* → approved → published → superseded.
 */
public enum FormVersionStatus {
	DRAFT, IN_REVIEW, CHANGES_REQUESTED, APPROVED, PUBLISHED, SUPERSEDED;

	/** Only drafts and versions sent back by the reviewer can be edited; everything later is frozen. */
	public boolean editable() {
		return this == DRAFT || this == CHANGES_REQUESTED;
	}
}
