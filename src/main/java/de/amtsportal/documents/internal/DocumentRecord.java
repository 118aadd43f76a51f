package de.amtsportal.documents.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Persistable;

import de.amtsportal.documents.GeoPosition;
import de.amtsportal.documents.StoredDocument;

/** The metadata row of a stored document; its bytes live in the storage under the same id. */
@Entity
@Table(name = "document")
public class DocumentRecord implements Persistable<UUID> {

	private static final UUID UNLOADED = new UUID(0, 0);

	@Id
	private UUID id;
	private String fileName;
	private String mediaType;
	@Column(name = "size_bytes")
	private long size;
	private String sha256;
	private @Nullable BigDecimal latitude;
	private @Nullable BigDecimal longitude;
	private Instant storedAt;
	private transient boolean fresh;

	protected DocumentRecord() {
		this.id = UNLOADED;
		this.fileName = this.mediaType = this.sha256 = "";
		this.storedAt = Instant.EPOCH;
	}

	DocumentRecord(UUID id, String fileName, String mediaType, long size, String sha256, @Nullable GeoPosition position,
			Instant storedAt) {
		this.id = id;
		this.fileName = fileName;
		this.mediaType = mediaType;
		this.size = size;
		this.sha256 = sha256;
		this.latitude = position == null ? null : position.latitude();
		this.longitude = position == null ? null : position.longitude();
		this.storedAt = storedAt;
		this.fresh = true;
	}

	@Override
	public UUID getId() {
		return id;
	}

	/** Always a new id: saving inserts without reading first. */
	@Override
	public boolean isNew() {
		return fresh;
	}

	StoredDocument view() {
		GeoPosition position = latitude == null || longitude == null ? null : new GeoPosition(latitude, longitude);
		return new StoredDocument(id, fileName, mediaType, size, sha256, position, storedAt);
	}
}
