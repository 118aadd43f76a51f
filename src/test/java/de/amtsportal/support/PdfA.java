package de.amtsportal.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks a PDF as an archive would: veraPDF against PDF/A-3A, and the text a reader (or screen reader) gets. */
public final class PdfA {

	static {
		VeraGreenfieldFoundryProvider.initialise();
	}

	private PdfA() {
	}

	public static void assertCompliant(byte[] pdf) {
		try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_3_A);
				PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_3_A, false)) {
			ValidationResult result = validator.validate(parser);
			assertThat(validator.getProfile().getRules()).as("rules of the PDF/A-3A profile").isNotEmpty();
			assertThat(result.getTotalAssertions()).as("checks veraPDF ran").isPositive();
			assertThat(result.getTestAssertions()).extracting(TestAssertion::getMessage).as("PDF/A-3A failures").isEmpty();
			assertThat(result.isCompliant()).isTrue();
		}
		catch (Exception e) {
			throw new AssertionError("veraPDF could not check the document", e);
		}
	}

	/** The document's text with runs of white space as one space. */
	public static String text(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
		catch (IOException e) {
			throw new AssertionError("Not a readable PDF", e);
		}
	}
}
