package de.amtsportal.mailbox.web;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.validation.constraints.Size;

import de.amtsportal.mailbox.Mailbox;
import de.amtsportal.mailbox.MessageKind;

/**
 * What the staff form binds. The kind is bound as text (an unknown one is a wrong choice, not a failed form);
 * the requested documents come one per line.
 */
record SendInput(String kind, @Size(max = Mailbox.MAX_TEXT, message = "{mailbox.send.error.length}") String text,
		@Size(max = 4000, message = "{mailbox.send.error.requested}") String requested) {

	/** What staff may send from this page; decisions come as signed PDFs from the case (issue 5). */
	static final List<MessageKind> KINDS = List.of(MessageKind.MESSAGE, MessageKind.QUERY, MessageKind.DOCUMENT_REQUEST);

	SendInput {
		kind = kind == null ? "" : kind;
		text = text == null ? "" : text;
		requested = requested == null ? "" : requested;
	}

	static SendInput empty() {
		return new SendInput(MessageKind.MESSAGE.name(), "", "");
	}

	Optional<MessageKind> messageKind() {
		return KINDS.stream().filter(k -> k.name().equals(kind)).findFirst();
	}

	List<String> requestedDocuments() {
		return Arrays.stream(requested.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}
}
