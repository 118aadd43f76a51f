package de.amtsportal.delivery.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/**
 * A service's channel to a specialist procedure: its type (the SPI's name), a name for operators and the
 * target. The secret of a signing channel is kept to sign with; no page ever shows it after it was created.
 */
@Entity
@Table(name = "delivery_channel")
public class ChannelConfig {

	private static final UUID UNLOADED = new UUID(0, 0);

	@Id
	private UUID id;
	private UUID serviceId;
	private String serviceSlug;
	private String type;
	private String name;
	private String target;
	private @Nullable String secret;
	private boolean enabled;
	private Instant createdAt;
	@Version
	private long version;

	protected ChannelConfig() {
		this.id = this.serviceId = UNLOADED;
		this.serviceSlug = this.type = this.name = this.target = "";
		this.createdAt = Instant.EPOCH;
	}

	ChannelConfig(UUID serviceId, String serviceSlug, String type, String name, String target, @Nullable String secret,
			Instant now) {
		this.id = UUID.randomUUID();
		this.serviceId = serviceId;
		this.serviceSlug = serviceSlug;
		this.type = type;
		this.name = name;
		this.target = target;
		this.secret = secret;
		this.enabled = true;
		this.createdAt = now;
	}

	void enabled(boolean enabled) {
		this.enabled = enabled;
	}

	public UUID id() {
		return id;
	}

	public UUID serviceId() {
		return serviceId;
	}

	public String serviceSlug() {
		return serviceSlug;
	}

	public String type() {
		return type;
	}

	public String name() {
		return name;
	}

	public String target() {
		return target;
	}

	@Nullable
	String secret() {
		return secret;
	}

	public boolean hasSecret() {
		return secret != null;
	}

	public boolean enabled() {
		return enabled;
	}

	public Instant createdAt() {
		return createdAt;
	}
}
