package de.amtsportal.documents.signing;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code amtsportal.signing.*}: the PKCS#12 keystore with the authority's signing key and
 * certificate chain. {@code generateIfMissing} (demo and tests only; production refuses it, see ProductionChecks)
 * creates a self-signed certificate for {@code subject} at the first start. With {@code timestampUrl} set,
 * signatures get a time-stamp from that RFC 3161 service (PAdES baseline T); without it they are baseline B.
 */
@ConfigurationProperties("amtsportal.signing")
public record SigningProperties(@DefaultValue("./data/signing.p12") Path keystore, @DefaultValue("") String password,
		@DefaultValue("siegel") String alias, @DefaultValue("false") boolean generateIfMissing,
		@DefaultValue("Stadt Musterstadt") String subject, @Nullable String timestampUrl) {
}
