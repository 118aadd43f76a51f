package de.amtsportal.delivery;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.amtsportal.delivery.internal.DeliveryRecords;

/** The module's API: how far an application has been handed over to the specialist procedures. */
@Service
public class Deliveries {

	private final DeliveryRecords records;

	Deliveries(DeliveryRecords records) {
		this.records = records;
	}

	/**
	 * Every channel's hand-over of the application, in the order the channels were set up. Callers check that
	 * the current user may see the application; the statuses name no personal data.
	 */
	@Transactional(readOnly = true)
	public List<DeliveryStatus> forSubmission(UUID submissionId) {
		return records.forSubmission(submissionId);
	}
}
