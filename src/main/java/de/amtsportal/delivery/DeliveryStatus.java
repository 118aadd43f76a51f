package de.amtsportal.delivery;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One channel's hand-over of an application, as the case view shows it. */
public record DeliveryStatus(String channelName, String channelType, DeliveryState state, int attempts,
		@Nullable String lastError, @Nullable Instant deliveredAt) {
}
