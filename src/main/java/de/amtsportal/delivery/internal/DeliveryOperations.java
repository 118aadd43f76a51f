package de.amtsportal.delivery.internal;

import java.time.Clock;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.amtsportal.access.Permissions;
import de.amtsportal.audit.AuditEvent;
import de.amtsportal.audit.AuditTrail;
import de.amtsportal.delivery.DeliveryState;
import de.amtsportal.identity.CurrentUser;

/** What operators do: look at deliveries that are not through yet, and try failed ones again. */
@Service
@PreAuthorize("hasAuthority('" + Permissions.DELIVERY_OPERATE + "')")
public class DeliveryOperations {

	private final DeliveryRecords records;
	private final DeliveryRepository deliveries;
	private final AuditTrail audit;
	private final CurrentUser currentUser;
	private final Clock clock;

	DeliveryOperations(DeliveryRecords records, DeliveryRepository deliveries, AuditTrail audit, CurrentUser currentUser,
			Clock clock) {
		this.records = records;
		this.deliveries = deliveries;
		this.audit = audit;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Page<DeliveryRecords.Row> open(Pageable pageable) {
		return records.open(pageable);
	}

	/** Schedules a failed delivery for now, with a fresh series of attempts; false when it is not (or no longer) failed. */
	@Transactional
	public boolean retry(UUID deliveryId) {
		Delivery delivery = deliveries.findById(deliveryId).orElse(null);
		if (delivery == null || delivery.state() != DeliveryState.FAILED) {
			return false;
		}
		int attempts = delivery.attempts();
		delivery.retry(clock.instant());
		audit.record(new AuditEvent(currentUser.require().id().value().toString(), "delivery.retried", delivery.id().toString(),
				"attempts=" + attempts));
		return true;
	}
}
