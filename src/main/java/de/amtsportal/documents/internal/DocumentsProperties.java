package de.amtsportal.documents.internal;

import java.nio.file.Path;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** Settings under {@code amtsportal.documents.*} (see the configuration table in the README). */
@ConfigurationProperties("amtsportal.documents")
public record DocumentsProperties(@DefaultValue("./data/documents") Path directory, @DefaultValue S3 s3,
		@DefaultValue Clamd clamd, @DefaultValue("40000000") long maxImagePixels, @DefaultValue Archives archives,
		@DefaultValue("P1D") Duration orphanAge) {

	/** Object storage instead of the directory when {@code bucket} is set. */
	public record S3(@Nullable String bucket, @DefaultValue("") String prefix, @Nullable String endpoint,
			@DefaultValue("eu-central-1") String region, @Nullable String accessKey, @Nullable String secretKey,
			@DefaultValue("false") boolean pathStyleAccess) {

		public boolean enabled() {
			return bucket != null && !bucket.isBlank();
		}
	}

	/** The ClamAV daemon that scans every upload when {@code host} is set. */
	public record Clamd(@Nullable String host, @DefaultValue("3310") int port, @DefaultValue("30s") Duration timeout) {

		public boolean enabled() {
			return host != null && !host.isBlank();
		}
	}

	/** ZIP-based uploads (Office and OpenDocument files, ZIP archives) beyond these limits are archive bombs. */
	public record Archives(@DefaultValue("256MB") DataSize maxUncompressed, @DefaultValue("100") int maxRatio,
			@DefaultValue("10000") int maxEntries) {
	}
}
