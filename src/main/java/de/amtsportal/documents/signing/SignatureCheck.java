package de.amtsportal.documents.signing;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.springframework.stereotype.Component;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.jaxb.object.Message;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.validation.SignedDocumentValidator;

/**
 * Checks a PDF's seal with EU DSS under its default validation policy, trusting exactly the authority's own
 * certificate: valid means every signature in the document is intact and was made with that certificate, and
 * the last one covers the whole file — DSS accepts incremental updates after a signature, which could change
 * what a reader shows, so anything appended after the seal makes the document invalid here. Nothing is fetched
 * from the network (no AIA, OCSP or CRL look-ups): the trust anchor is the signing certificate itself.
 */
@Component
public class SignatureCheck {

	private final SealKey seal;

	SignatureCheck(SealKey seal) {
		this.seal = seal;
	}

	public SignatureVerdict check(byte[] pdf) {
		SimpleReport report;
		try {
			SignedDocumentValidator validator = SignedDocumentValidator.fromDocument(new InMemoryDocument(pdf));
			validator.setCertificateVerifier(verifier());
			report = validator.validateDocument().getSimpleReport();
		}
		catch (RuntimeException e) {
			return SignatureVerdict.invalid("Not a readable signed PDF: " + e.getMessage());
		}
		List<String> signatures = report.getSignatureIdList();
		if (signatures.isEmpty()) {
			return SignatureVerdict.invalid("The document carries no signature");
		}
		for (String id : signatures) {
			Indication indication = report.getIndication(id);
			if (indication != Indication.TOTAL_PASSED) {
				String messages = report.getAdESValidationErrors(id).stream().map(Message::getValue)
					.collect(Collectors.joining("; "));
				return SignatureVerdict.invalid(indication + " / " + report.getSubIndication(id)
						+ (messages.isEmpty() ? "" : ": " + messages));
			}
		}
		if (!lastSignatureCoversTheFile(pdf)) {
			return SignatureVerdict.invalid("The document was changed after it was sealed");
		}
		String first = report.getFirstSignatureId();
		return new SignatureVerdict(true, "TOTAL_PASSED", report.getSignedBy(first),
				report.getBestSignatureTime(first) == null ? null : report.getBestSignatureTime(first).toInstant());
	}

	private static boolean lastSignatureCoversTheFile(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDSignature last = document.getLastSignatureDictionary();
			int[] range = last == null ? null : last.getByteRange();
			return range != null && range.length == 4 && (long) range[2] + range[3] == pdf.length;
		}
		catch (IOException e) {
			return false;
		}
	}

	private CommonCertificateVerifier verifier() {
		CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
		trusted.addCertificate(seal.certificate());
		CommonCertificateVerifier verifier = new CommonCertificateVerifier();
		verifier.setTrustedCertSources(trusted);
		verifier.setAIASource(null);
		return verifier;
	}
}
