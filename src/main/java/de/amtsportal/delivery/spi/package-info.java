/**
 * The service provider interface of delivery channels: a channel is a Spring bean implementing
 * {@link de.amtsportal.delivery.spi.DeliveryChannel}; the module finds it by its type, checks targets with it
 * when an administrator configures a channel, and hands it one {@link de.amtsportal.delivery.spi.Parcel} per
 * attempt. A new transport (FIT-Connect) is one more bean.
 */
@NullMarked
package de.amtsportal.delivery.spi;

import org.jspecify.annotations.NullMarked;
