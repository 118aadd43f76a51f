package de.amtsportal.delivery.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.amtsportal.access.Permissions;
import de.amtsportal.audit.AuditEvent;
import de.amtsportal.audit.AuditTrail;
import de.amtsportal.catalog.Catalog;
import de.amtsportal.catalog.PublishedService;
import de.amtsportal.delivery.channels.webhook.WebhookSignature;
import de.amtsportal.delivery.spi.DeliveryChannel;
import de.amtsportal.identity.CurrentUser;

/**
 * Setting up the channels of services. Every target is checked by its channel before it is saved (allowed
 * hosts, mailbox address, export roots); a signing channel gets a new secret, which the caller shows once.
 * Every change is in the audit trail, by ids only.
 */
@Service
@PreAuthorize("hasAuthority('" + Permissions.DELIVERY_CONFIGURE + "')")
public class ChannelAdministration {

	private final ChannelConfigs channels;
	private final ChannelTypes types;
	private final Catalog catalog;
	private final AuditTrail audit;
	private final CurrentUser currentUser;
	private final Clock clock;

	ChannelAdministration(ChannelConfigs channels, ChannelTypes types, Catalog catalog, AuditTrail audit, CurrentUser currentUser,
			Clock clock) {
		this.channels = channels;
		this.types = types;
		this.catalog = catalog;
		this.audit = audit;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	/** A new channel; what was wrong, field by field, when it cannot be saved. */
	public sealed interface Result {
	}

	/** {@code secret} is set for signing channels: show it this once, it is never shown again. */
	public record Created(ChannelConfig channel, @Nullable String secret) implements Result {
	}

	public record Refused(@Nullable String serviceError, @Nullable String typeError, @Nullable String targetError)
			implements Result {
	}

	@Transactional(readOnly = true)
	public List<ChannelConfig> all() {
		return channels.findAllByOrderByServiceSlugAscCreatedAtAsc();
	}

	public List<String> types() {
		return types.types();
	}

	@Transactional
	public Result create(String serviceSlug, String type, String name, String target) {
		PublishedService service = catalog.find(serviceSlug.trim()).orElse(null);
		DeliveryChannel channel = types.find(type).orElse(null);
		String targetError = channel == null ? null : channel.refusal(target).orElse(null);
		if (service == null || channel == null || targetError != null) {
			return new Refused(service == null ? "delivery.channel.error.service" : null,
					channel == null ? "delivery.channel.error.type" : null, targetError);
		}
		String secret = channel.signs() ? WebhookSignature.newSecret() : null;
		ChannelConfig saved = channels.save(new ChannelConfig(service.id(), service.slug(), type, name.trim(), target.trim(), secret,
				clock.instant()));
		audit.record(new AuditEvent(actor(), "delivery-channel.created", saved.id().toString(),
				"service=" + service.id() + " type=" + type));
		return new Created(saved, secret);
	}

	/** Switches a channel on or off; applications received while it is off are not delivered to it. */
	@Transactional
	public boolean enable(UUID channelId, boolean enabled) {
		ChannelConfig channel = channels.findById(channelId).orElse(null);
		if (channel == null) {
			return false;
		}
		channel.enabled(enabled);
		audit.record(AuditEvent.of(actor(), enabled ? "delivery-channel.enabled" : "delivery-channel.disabled",
				channel.id().toString()));
		return true;
	}

	private String actor() {
		return currentUser.require().id().value().toString();
	}
}
