package de.amtsportal.documents.signing;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Creates a PKCS#12 keystore with an RSA key and a self-signed seal certificate for the authority — for the demo
 * and tests, where no certificate from a trust service provider exists. Readers show such a signature as "signer
 * unknown"; the portal's own check trusts it because it trusts exactly the configured certificate.
 */
final class SelfSignedSeal {

	private static final Duration VALIDITY = Duration.ofDays(3 * 365);

	private SelfSignedSeal() {
	}

	static void create(Path keystore, String alias, char[] password, String subject) {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(3072);
			KeyPair keys = generator.generateKeyPair();
			var name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "DE").addRDN(BCStyle.O, subject)
				.addRDN(BCStyle.CN, subject).build();
			Instant now = Instant.now();
			X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, new BigInteger(64, new SecureRandom()),
					Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(VALIDITY)), name, keys.getPublic());
			JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
			builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
			// a seal: signatures whose content the authority stands behind (non-repudiation)
			builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
			builder.addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(keys.getPublic()));
			X509Certificate certificate = new JcaX509CertificateConverter()
				.getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
			KeyStore store = KeyStore.getInstance("PKCS12");
			store.load(null, null);
			store.setKeyEntry(alias, keys.getPrivate(), password, new Certificate[] { certificate });
			Path parent = keystore.toAbsolutePath().getParent();
			if (parent != null) {
				Files.createDirectories(parent);
			}
			// written beside and moved, so that a crash never leaves half a keystore that the next start would load
			Path partial = keystore.resolveSibling(keystore.getFileName() + ".partial");
			try (OutputStream out = Files.newOutputStream(partial)) {
				store.store(out, password);
			}
			Files.move(partial, keystore, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
		}
		catch (GeneralSecurityException | OperatorCreationException | IOException e) {
			throw new IllegalStateException("Could not create the signing keystore " + keystore, e);
		}
	}
}
