package de.amtsportal.access;

/**
 * Permission names, granted as authorities through {@link Role}. Application services check these
 * (with {@code @PreAuthorize("hasAuthority(...)")}), so a forgotten URL rule cannot open a door.
 */
public final class Permissions {

	/** Enter the back office at {@code /amt}. */
	public static final String BACK_OFFICE = "backoffice.enter";
	/** Enter the intranet at {@code /intranet}. */
	public static final String INTRANET = "intranet.enter";
	/** Publish news, circulars and process descriptions in the intranet and follow their read confirmations. */
	public static final String INTRANET_PUBLISH = "intranet.publish";
	/** Manage organisations, org units, institutions and staff. */
	public static final String ADMINISTER_ORGANISATIONS = "organisations.administer";
	/** Read and verify the audit trail. */
	public static final String AUDIT_READ = "audit.read";
	/** Read contact form messages (of one's own units; all units for administrators). */
	public static final String CONTACT_READ = "contact.read";
	/** Read contact form messages of every unit. */
	public static final String CONTACT_READ_ALL = "contact.read-all";
	/** Open the development mail outbox (demo run only). */
	public static final String DEV_OUTBOX = "mail.dev-outbox";

	/** Create and edit forms, send form versions to review, publish approved versions. */
	public static final String FORMS_EDIT = "forms.edit";
	/** Review form versions of one's own org units: request changes or approve. */
	public static final String FORMS_REVIEW = "forms.review";

	/** Create and edit the services of the catalogue (Leistungen), publish and withdraw them. */
	public static final String CATALOG_EDIT = "catalog.edit";

	/** See pending and failed deliveries to specialist procedures and try them again. */
	public static final String DELIVERY_OPERATE = "delivery.operate";
	/** Set up the delivery channels of services (addresses, mailboxes, export directories). */
	public static final String DELIVERY_CONFIGURE = "delivery.configure";
	/** Work on the cases of one's own org units: inbox, case file, status, messages to the applicant. */
	public static final String CASES_WORK = "cases.work";
	/** Set how long closed cases of each service are kept. */
	public static final String CASES_RETENTION = "cases.retention";

	private Permissions() {
	}
}
