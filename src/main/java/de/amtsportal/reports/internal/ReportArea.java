package de.amtsportal.reports.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.locationtech.jts.geom.Envelope;

/**
 * The area in which an org unit handles reports of some categories (Meldegebiet). One per unit; an upload
 * replaces the previous one as a whole. The bounding box lets routing skip areas far from the position.
 */
@Entity
@Table(name = "report_area")
public class ReportArea {

	@Id
	private UUID orgUnit;
	private String geojson;
	private int polygons;
	private BigDecimal south;
	private BigDecimal west;
	private BigDecimal north;
	private BigDecimal east;
	private Instant uploadedAt;
	private UUID uploadedBy;
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "report_area_category", joinColumns = @JoinColumn(name = "org_unit"))
	@Column(name = "category_code")
	private Set<String> categories = new LinkedHashSet<>();
	@Version
	private long version;

	protected ReportArea() {
		this.orgUnit = this.uploadedBy = new UUID(0, 0);
		this.geojson = "";
		this.south = this.west = this.north = this.east = BigDecimal.ZERO;
		this.uploadedAt = Instant.EPOCH;
	}

	ReportArea(UUID orgUnit) {
		this();
		this.orgUnit = orgUnit;
	}

	/** Takes the new polygons and categories in place of the old ones. */
	void replace(AreaFile area, Set<String> categories, UUID by, Instant at) {
		this.geojson = area.json();
		this.polygons = area.polygons();
		Envelope box = area.bounds();
		// rounded outwards, so the stored box still contains every polygon
		this.south = degrees(box.getMinY(), RoundingMode.FLOOR);
		this.west = degrees(box.getMinX(), RoundingMode.FLOOR);
		this.north = degrees(box.getMaxY(), RoundingMode.CEILING);
		this.east = degrees(box.getMaxX(), RoundingMode.CEILING);
		this.categories.clear();
		this.categories.addAll(categories);
		this.uploadedBy = by;
		this.uploadedAt = at;
	}

	private static BigDecimal degrees(double value, RoundingMode rounding) {
		return BigDecimal.valueOf(value).setScale(6, rounding);
	}

	public UUID orgUnit() {
		return orgUnit;
	}

	public String geojson() {
		return geojson;
	}

	public int polygons() {
		return polygons;
	}

	public Set<String> categories() {
		return Set.copyOf(categories);
	}

	public Instant uploadedAt() {
		return uploadedAt;
	}

	public BigDecimal south() {
		return south;
	}

	public BigDecimal west() {
		return west;
	}

	public BigDecimal north() {
		return north;
	}

	public BigDecimal east() {
		return east;
	}
}
