package de.amtsportal.reports.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReportAreas extends JpaRepository<ReportArea, UUID> {

	/** The areas for the category whose bounding box contains the position, the smallest first. */
	@Query("""
			select a from ReportArea a join a.categories c
			where c = :category and a.south <= :lat and a.north >= :lat and a.west <= :lon and a.east >= :lon
			order by (a.north - a.south) * (a.east - a.west), a.orgUnit""")
	List<ReportArea> around(String category, BigDecimal lat, BigDecimal lon);
}
