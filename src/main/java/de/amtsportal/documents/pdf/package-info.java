/**
 * PDF/A-3a documents that people keep (receipts, later decisions): rendered from Thymeleaf templates under
 * {@code templates/pdf/}, tagged for screen readers (PDF/UA), with embedded fonts and no external resources.
 */
@NullMarked
@NamedInterface("pdf")
package de.amtsportal.documents.pdf;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
