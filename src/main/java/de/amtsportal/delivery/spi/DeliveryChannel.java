package de.amtsportal.delivery.spi;

import java.io.IOException;
import java.util.Optional;

/**
 * A way to hand an application over. Implementations must be safe to call again with the same parcel (the
 * module delivers at least once) and pass {@link Parcel#idempotencyKey()} on where the receiver can use it.
 */
public interface DeliveryChannel {

	/** The stable name stored with each configured channel, e.g. {@code webhook}. */
	String type();

	/**
	 * Checks a target before it is saved (an address, a mailbox, a directory).
	 *
	 * @return the message key of the reason when the target is refused, empty when it is fine
	 */
	Optional<String> refusal(String target);

	/** Whether the channel signs with a secret that the portal generates when the channel is configured. */
	default boolean signs() {
		return false;
	}

	/**
	 * One attempt. Never throws for a receiver's failure: it returns {@link Outcome.Retry} for what may pass
	 * (timeouts, server errors) and {@link Outcome.Refused} for what will not.
	 */
	Outcome deliver(Parcel parcel);

	/**
	 * Removes what a delivery left within the portal's reach for an application that has since been erased (an
	 * export folder not yet imported). What a receiver took over falls under its own retention rules. Called
	 * again after a failure, so it must accept that there is nothing (left) to remove.
	 */
	default void erase(Parcel.Destination destination, String reference) throws IOException {
	}
}
