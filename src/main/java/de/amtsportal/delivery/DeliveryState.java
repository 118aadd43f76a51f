package de.amtsportal.delivery;

/** Where the hand-over of one application to one channel stands. */
public enum DeliveryState {

	/** Not yet accepted by the receiver; the next attempt is scheduled. */
	PENDING,
	/** The receiver accepted it. */
	DELIVERED,
	/** Refused for good, or every attempt failed: an operator has to look at it. */
	FAILED
}
