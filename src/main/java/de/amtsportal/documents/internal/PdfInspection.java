package de.amtsportal.documents.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import de.amtsportal.documents.UploadRejected;
import de.amtsportal.documents.UploadRejected.Reason;

/**
 * PDFs that could do something when a caseworker opens them are refused: JavaScript, launch and other active
 * actions, actions that run on opening or on events, embedded files, XFA forms and rich media. Every object of
 * the file is looked at — not only the places a well-formed document would use — because attackers hide
 * scripts in unusual places. Links (URI actions a reader clicks) and jumps inside the document are fine.
 */
final class PdfInspection {

	private static final Set<COSName> ACTIVE_KEYS = Set.of(COSName.JS, COSName.JAVA_SCRIPT, COSName.EMBEDDED_FILES,
			COSName.EF, COSName.AA, COSName.XFA, COSName.getPDFName("RichMedia"), COSName.getPDFName("RichMediaContent"));
	private static final Set<COSName> ACTIVE_ACTIONS = Set.of(COSName.JAVA_SCRIPT, COSName.getPDFName("Launch"), COSName.getPDFName("ImportData"),
			COSName.getPDFName("SubmitForm"), COSName.getPDFName("GoToR"), COSName.getPDFName("GoToE"),
			COSName.getPDFName("RichMediaExecute"), COSName.getPDFName("Rendition"), COSName.getPDFName("Sound"),
			COSName.getPDFName("Movie"));
	private static final int MAX_DEPTH = 64;

	void inspect(Path file) {
		try (PDDocument document = Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()), "",
				IOUtils.createTempFileOnlyStreamCache())) {
			COSDocument cos = document.getDocument();
			check(cos.getTrailer(), 0);
			for (COSObjectKey key : Set.copyOf(cos.getXrefTable().keySet())) {
				COSObject object = cos.getObjectFromPool(key);
				check(object.getObject(), 0);
			}
		}
		catch (InvalidPasswordException e) {
			throw new UploadRejected(Reason.ENCRYPTED, e);
		}
		catch (IOException | RuntimeException e) {
			if (e instanceof UploadRejected rejected) {
				throw rejected;
			}
			throw new UploadRejected(Reason.UNREADABLE, e);
		}
	}

	/** Looks into direct (nested) objects; indirect ones are checked from the cross-reference table. */
	private static void check(COSBase object, int depth) {
		if (depth > MAX_DEPTH) {
			throw new UploadRejected(Reason.UNREADABLE);
		}
		if (object instanceof COSDictionary dictionary) {
			for (COSName key : dictionary.keySet()) {
				if (ACTIVE_KEYS.contains(key)) {
					throw new UploadRejected(Reason.MALICIOUS_CONTENT);
				}
			}
			COSName actionType = dictionary.getCOSName(COSName.S);
			if (actionType != null && ACTIVE_ACTIONS.contains(actionType)) {
				throw new UploadRejected(Reason.MALICIOUS_CONTENT);
			}
			if (dictionary.getDictionaryObject(COSName.OPEN_ACTION) instanceof COSDictionary action
					&& !COSName.getPDFName("GoTo").equals(action.getCOSName(COSName.S))) {
				throw new UploadRejected(Reason.MALICIOUS_CONTENT);
			}
			for (COSBase value : dictionary.getValues()) {
				if (!(value instanceof COSObject)) {
					check(value, depth + 1);
				}
			}
		}
		else if (object instanceof COSArray array) {
			for (COSBase value : array) {
				if (!(value instanceof COSObject)) {
					check(value, depth + 1);
				}
			}
		}
	}
}
