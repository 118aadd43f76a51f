/**
 * Hand-over of received applications to specialist procedures and document management systems: per service
 * zero or more channels (signed webhook, functional mailbox, export file drop) behind the small SPI in
 * {@code spi}, delivered at least once with an idempotency key, retried with exponential backoff and shown to
 * operators when they fail. Other modules read an application's delivery state through
 * {@link de.amtsportal.delivery.Deliveries}.
 */
@ApplicationModule
@NullMarked
package de.amtsportal.delivery;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
