/**
 * Datasets other modules publish under {@code /open-data}: they appear on the open-data page and in its DCAT-AP.de
 * catalogue next to the KPIs, so that the authority has one place where its open data is found and harvested.
 */
@NamedInterface("spi")
@NullMarked
package de.amtsportal.feedback.spi;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
