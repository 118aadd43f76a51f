/**
 * Documents: stored files (uploads, generated PDFs) and PDF/A rendering of receipts and decisions.
 */
@NullMarked
package de.amtsportal.documents;

import org.jspecify.annotations.NullMarked;
