package de.amtsportal.documents.signing;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code amtsportal.signing.*}: the PKCS#12 keystore with the authority's signing key and
 * certificate chain. {@code generateIfMissing} (demo and tests only; production refuses it, see ProductionChecks)
 * creates a self-signed certificate for {@code subject} at the first start. Signatures are PAdES baseline B:
 * the signing time is the server's claim (a time-stamping service for baseline T is not connected yet).
 */
@ConfigurationProperties("amtsportal.signing")
public record SigningProperties(@DefaultValue("./data/signing.p12") Path keystore, @DefaultValue("") String password,
		@DefaultValue("siegel") String alias, @DefaultValue("false") boolean generateIfMissing,
		@DefaultValue("Stadt Musterstadt") String subject) {
}
