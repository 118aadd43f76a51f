package de.amtsportal.catalog.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import de.amtsportal.access.Permissions;
import de.amtsportal.audit.AuditEvent;
import de.amtsportal.audit.AuditTrail;
import de.amtsportal.forms.FormChoice;
import de.amtsportal.forms.Forms;
import de.amtsportal.identity.CurrentUser;
import de.amtsportal.identity.Directory;
import de.amtsportal.identity.OrgUnitView;

/**
 * The back office's use of the catalogue: editors create and revise services, publish and withdraw them.
 * Checks that need the database (a unit or form that exists, a free slug) live here, so no caller can skip
 * them; every change is audited in the same transaction.
 */
@Component
public class ServiceEditing {

	public static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
	public static final int SLUG_LENGTH = 100;
	public static final Pattern LEIKA_KEY = Pattern.compile("\\d{14}");
	/** numeric(10,2): up to 99,999,999.99 euros. */
	static final BigDecimal HIGHEST_FEE = new BigDecimal("99999999.99");

	private final Services services;
	private final Directory directory;
	private final Forms forms;
	private final CurrentUser currentUser;
	private final AuditTrail audit;
	private final Clock clock;

	ServiceEditing(Services services, Directory directory, Forms forms, CurrentUser currentUser, AuditTrail audit,
			Clock clock) {
		this.services = services;
		this.directory = directory;
		this.forms = forms;
		this.currentUser = currentUser;
		this.audit = audit;
		this.clock = clock;
	}

	@PreAuthorize("hasAuthority('" + Permissions.CATALOG_EDIT + "')")
	@Transactional(readOnly = true)
	public Page<Service> overview(Pageable pageable) {
		return services.findAllByOrderByNameDe(pageable);
	}

	@PreAuthorize("hasAuthority('" + Permissions.CATALOG_EDIT + "')")
	@Transactional(readOnly = true)
	public Service get(UUID id) {
		return services.findById(id).orElseThrow(ServiceNotFound::new);
	}

	/** The org units a service can be assigned to. */
	@PreAuthorize("hasAuthority('" + Permissions.CATALOG_EDIT + "')")
	public List<OrgUnitView> units() {
		return directory.orgUnits();
	}

	/** The forms a service can use, published or not yet. */
	@PreAuthorize("hasAuthority('" + Permissions.CATALOG_EDIT + "')")
	public List<FormChoice> forms() {
		return forms.choices();
	}

	@PreAuthorize("hasAuthority('" + Permissions.CATALOG_EDIT + "')")
	@Transactional
	public Service create(String slug, ServiceContent content) {
		if (slug.length() > SLUG_LENGTH || !SLUG.matcher(slug).matches()) {
			throw new InvalidService("slug", "catalog.error.slug-format");
		}
		if (services.existsBySlug(slug)) {
			throw new InvalidService("slug", "catalog.error.slug-taken");
		}
		check(content);
		String me = me();
		Service service = services.save(new Service(slug, content, me, clock.instant()));
		audit.record(new AuditEvent(me, "catalog.service-created", service.id().toString(), slug));
		return service;
	}

	@PreAuthorize("hasAuthority('" + Permissions.CATALOG_EDIT + "')")
	@Transactional
	public void revise(UUID id, ServiceContent content) {
		Service service = get(id);
		check(content);
		service.revise(content, me(), clock.instant());
		services.save(service);
		record("catalog.service-changed", service);
	}

	@PreAuthorize("hasAuthority('" + Permissions.CATALOG_EDIT + "')")
	@Transactional
	public void publish(UUID id) {
		Service service = get(id);
		service.publish(me(), clock.instant());
		services.save(service);
		record("catalog.service-published", service);
	}

	@PreAuthorize("hasAuthority('" + Permissions.CATALOG_EDIT + "')")
	@Transactional
	public void withdraw(UUID id) {
		Service service = get(id);
		service.withdraw(me(), clock.instant());
		services.save(service);
		record("catalog.service-withdrawn", service);
	}

	private void check(ServiceContent content) {
		if (directory.orgUnit(content.responsibleUnit()).isEmpty()) {
			throw new InvalidService("responsibleUnit", "catalog.error.unit-unknown");
		}
		if (content.formId() != null && forms.choices().stream().noneMatch(f -> f.formId().equals(content.formId()))) {
			throw new InvalidService("formId", "catalog.error.form-unknown");
		}
		if (content.leikaKey() != null && !content.leikaKey().isBlank() && !LEIKA_KEY.matcher(content.leikaKey()).matches()) {
			throw new InvalidService("leikaKey", "catalog.error.leika-format");
		}
		if (content.feeKind() == FeeKind.FIXED) {
			BigDecimal amount = content.feeAmount();
			if (amount == null) {
				throw new InvalidService("feeAmount", "catalog.error.fee-amount");
			}
			if (amount.signum() < 0) {
				throw new InvalidService("feeAmount", "catalog.error.fee-negative");
			}
			if (amount.scale() > 2 || amount.compareTo(HIGHEST_FEE) > 0) {
				throw new InvalidService("feeAmount", "catalog.error.fee-format");
			}
		}
		if (content.feeKind() == FeeKind.CALCULATED && content.german().feeNote().isBlank()) {
			throw new InvalidService("feeNoteDe", "catalog.error.fee-note");
		}
	}

	private String me() {
		return currentUser.require().id().toString();
	}

	private void record(String action, Service service) {
		audit.record(new AuditEvent(me(), action, service.id().toString(), service.slug()));
	}
}
