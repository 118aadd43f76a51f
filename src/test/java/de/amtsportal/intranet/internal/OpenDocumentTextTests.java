package de.amtsportal.intranet.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.junit.jupiter.api.Test;

import de.amtsportal.intranet.OfficeFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The text of OpenDocument files: paragraphs and headings as lines, and no unpacking of a zip bomb. */
class OpenDocumentTextTests {

	@Test
	void paragraphsAndHeadingsBecomeLinesOfText() throws IOException {
		byte[] odt = OfficeFiles.odt("<text:h>Hygieneplan</text:h><text:p>Die Lüftung erfolgt<text:s/>stündlich.</text:p>");

		assertThat(OpenDocumentText.of(new ByteArrayInputStream(odt))).isEqualTo("Hygieneplan\nDie Lüftung erfolgt stündlich.\n");
	}

	@Test
	void contentThatInflatesAHundredfoldIsRefused() throws IOException {
		byte[] bomb = OfficeFiles.odt("<text:p>" + " ".repeat(5_000_000) + "</text:p>");

		assertThat(bomb.length).isLessThan(50_000);
		assertThatThrownBy(() -> OpenDocumentText.of(new ByteArrayInputStream(bomb))).isInstanceOf(IOException.class)
			.hasMessageContaining("zip bomb");
	}
}
