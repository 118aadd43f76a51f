package de.amtsportal.documents.signing;

import java.io.IOException;
import java.nio.file.Files;
import java.security.KeyStore.PasswordProtection;
import java.security.cert.X509Certificate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.token.DSSPrivateKeyEntry;
import eu.europa.esig.dss.token.Pkcs12SignatureToken;

/**
 * The authority's signing key, loaded once from the configured PKCS#12 keystore (created first when the
 * configuration allows it). Fails the start when the keystore, its password or the alias is wrong, so that a
 * broken configuration shows at deployment, not when a caseworker issues the first decision.
 */
@Component
class SealKey implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(SealKey.class);

	private final Pkcs12SignatureToken token;

	private final DSSPrivateKeyEntry key;

	SealKey(SigningProperties properties) {
		char[] password = properties.password().toCharArray();
		if (!Files.exists(properties.keystore())) {
			if (!properties.generateIfMissing()) {
				throw new IllegalStateException("The signing keystore " + properties.keystore() + " does not exist");
			}
			log.warn("Creating a self-signed signing certificate for {} in {} — for demonstrations only",
					properties.subject(), properties.keystore());
			SelfSignedSeal.create(properties.keystore(), properties.alias(), password, properties.subject());
		}
		try {
			this.token = new Pkcs12SignatureToken(properties.keystore().toFile(), new PasswordProtection(password));
		}
		catch (IOException | RuntimeException e) {
			throw new IllegalStateException("Cannot open the signing keystore " + properties.keystore()
					+ " (check amtsportal.signing.password)", e);
		}
		try {
			this.key = token.getKey(properties.alias());
		}
		catch (RuntimeException e) {
			token.close();
			throw new IllegalStateException("No signing key under the alias " + properties.alias(), e);
		}
		if (key == null) {
			token.close();
			throw new IllegalStateException("No signing key under the alias " + properties.alias() + " in " + properties.keystore());
		}
	}

	Pkcs12SignatureToken token() {
		return token;
	}

	DSSPrivateKeyEntry key() {
		return key;
	}

	CertificateToken certificate() {
		return key.getCertificate();
	}

	X509Certificate x509() {
		return key.getCertificate().getCertificate();
	}

	@Override
	public void destroy() {
		token.close();
	}
}
