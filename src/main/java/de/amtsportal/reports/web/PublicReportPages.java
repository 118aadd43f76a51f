package de.amtsportal.reports.web;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import de.amtsportal.documents.Downloads;
import de.amtsportal.reports.BoundingBox;
import de.amtsportal.reports.PublicReport;
import de.amtsportal.reports.PublicStatus;
import de.amtsportal.reports.ReportCategory;
import de.amtsportal.reports.ReportQuery;
import de.amtsportal.reports.Reports;
import de.amtsportal.reports.internal.PublicPhotos;

/**
 * The public view of reports: {@code /meldungen} is a filterable, paginated list (the accessible alternative to
 * the map, which shows the same page of reports when JavaScript runs), {@code /meldungen/{reference}} one report.
 * A plain GET form; unknown filter values are ignored (they come from old links, not from the form).
 */
@Controller
class PublicReportPages {

	static final int PAGE_SIZE = 20;

	private final Reports reports;
	private final PublicPhotos photos;

	PublicReportPages(Reports reports, PublicPhotos photos) {
		this.reports = reports;
		this.photos = photos;
	}

	@GetMapping("/meldungen")
	String list(@RequestParam(name = "kategorie", defaultValue = "") List<String> categoryCodes,
			@RequestParam(name = "status", defaultValue = "") String status, @RequestParam(name = "bereich", defaultValue = "") String area,
			@RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
		List<ReportCategory> categories = reports.categories(locale);
		Set<String> chosen = new LinkedHashSet<>();
		categoryCodes.stream().filter(code -> categories.stream().anyMatch(c -> c.code().equals(code))).forEach(chosen::add);
		PublicStatus publicStatus = switch (status) {
			case "offen" -> PublicStatus.OPEN;
			case "erledigt" -> PublicStatus.CLOSED;
			default -> null;
		};
		BoundingBox box = box(area);
		int number = Math.max(page, 0);
		ReportQuery query = new ReportQuery(chosen, publicStatus == null ? Set.of() : EnumSet.of(publicStatus), Set.of(), null, null, box,
				PAGE_SIZE, number * PAGE_SIZE);
		List<PublicReport> found = reports.search(query, locale);
		model.addAttribute("reports", new PageImpl<>(found, PageRequest.of(number, PAGE_SIZE), reports.count(query)));
		model.addAttribute("categories", categories);
		model.addAttribute("chosen", chosen);
		model.addAttribute("status", publicStatus == null ? "" : status);
		model.addAttribute("area", box == null ? "" : area);
		model.addAttribute("filtered", !chosen.isEmpty() || publicStatus != null || box != null);
		model.addAttribute("base", base(chosen, publicStatus == null ? "" : status, box == null ? "" : area));
		return "reports/liste";
	}

	@GetMapping("/meldungen/{reference}")
	String report(@PathVariable String reference, Model model, Locale locale) {
		PublicReport report = reports.find(reference, locale).orElseThrow(NotFound::new);
		model.addAttribute("report", report);
		return "reports/meldung";
	}

	/** A released photo; any other id (unreleased, of another report, unknown) is not found. */
	@GetMapping("/meldungen/{reference}/fotos/{photoId}")
	ResponseEntity<Resource> photo(@PathVariable String reference, @PathVariable UUID photoId) {
		PublicPhotos.Released photo = photos.released(reference, photoId).orElseThrow(NotFound::new);
		return Downloads.attachment(photo.document(), photo.content());
	}

	/** "south,west,north,east" in degrees, or null when it is not a box on earth. */
	static @Nullable BoundingBox box(String area) {
		String[] parts = area.split(",");
		if (parts.length != 4) {
			return null;
		}
		try {
			BigDecimal south = new BigDecimal(parts[0].strip());
			BigDecimal west = new BigDecimal(parts[1].strip());
			BigDecimal north = new BigDecimal(parts[2].strip());
			BigDecimal east = new BigDecimal(parts[3].strip());
			boolean valid = south.compareTo(north) <= 0 && west.compareTo(east) <= 0 && south.abs().compareTo(BigDecimal.valueOf(90)) <= 0
					&& north.abs().compareTo(BigDecimal.valueOf(90)) <= 0 && west.abs().compareTo(BigDecimal.valueOf(180)) <= 0
					&& east.abs().compareTo(BigDecimal.valueOf(180)) <= 0;
			return valid ? new BoundingBox(south, west, north, east) : null;
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	private static String base(Set<String> categories, String status, String area) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/meldungen");
		categories.forEach(code -> uri.queryParam("kategorie", code));
		if (!status.isEmpty()) {
			uri.queryParam("status", status);
		}
		if (!area.isEmpty()) {
			uri.queryParam("bereich", area);
		}
		return uri.build().encode().toUriString();
	}
}
