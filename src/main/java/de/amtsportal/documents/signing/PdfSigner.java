package de.amtsportal.documents.signing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Date;

import org.springframework.stereotype.Component;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;

/**
 * Puts the authority's seal on a PDF: a PAdES baseline B signature (CMS, SHA-256) with the configured key.
 *
 * <p>DSS appends the signature as an incremental update, leaving the rendered bytes — and with them the
 * document's PDF/A-3a conformance and tagging — untouched; the signature is invisible (the document itself says
 * that it is sealed), so no appearance has to meet PDF/A's rules for annotations.
 */
@Component
public class PdfSigner {

	private final SealKey seal;

	private final SigningProperties properties;

	private final PAdESService service;

	PdfSigner(SealKey seal, SigningProperties properties) {
		this.seal = seal;
		this.properties = properties;
		// signing needs no certificate chain from the network: the keystore holds it
		this.service = new PAdESService(new CommonCertificateVerifier());
	}

	/**
	 * The PDF with the seal appended.
	 * @param reason why it is signed, shown by PDF readers in the signature panel (e.g. "Bescheid MUS-2026-000123")
	 */
	public byte[] sign(byte[] pdf, String reason) {
		PAdESSignatureParameters parameters = new PAdESSignatureParameters();
		parameters.setSignatureLevel(SignatureLevel.PAdES_BASELINE_B);
		parameters.setDigestAlgorithm(DigestAlgorithm.SHA256);
		parameters.setSigningCertificate(seal.certificate());
		parameters.setCertificateChain(seal.key().getCertificateChain());
		parameters.setSignerName(properties.subject());
		parameters.setReason(reason);
		parameters.bLevel().setSigningDate(new Date());
		DSSDocument document = new InMemoryDocument(pdf);
		ToBeSigned data = service.getDataToSign(document, parameters);
		SignatureValue value = seal.token().sign(data, parameters.getDigestAlgorithm(), seal.key());
		DSSDocument signed = service.signDocument(document, parameters, value);
		ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 32 * 1024);
		try {
			signed.writeTo(out);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not write the signed PDF", e);
		}
		return out.toByteArray();
	}

	/** The certificate signatures carry (DER), for showing and for checks. */
	public byte[] certificate() {
		return seal.certificate().getEncoded();
	}
}
