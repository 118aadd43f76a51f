/**
 * Every file that people upload or the portal produces: inspected on the way in (real type from the content,
 * active content, archive and decompression bombs, viruses), images cleaned of metadata, stored under
 * server-generated keys on the filesystem or in S3-compatible object storage, and handed out only as downloads.
 * Also renders PDF/A documents (receipts, decisions) from templates: named interface {@code pdf}.
 */
@NullMarked
package de.amtsportal.documents;

import org.jspecify.annotations.NullMarked;
