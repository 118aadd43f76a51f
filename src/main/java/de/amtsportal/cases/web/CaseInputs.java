package de.amtsportal.cases.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import de.amtsportal.mailbox.MessageKind;

/** What the forms of the case page bind: small records, texts as typed, checked by the controller. */
final class CaseInputs {

	private CaseInputs() {
	}

	/** A date as {@code <input type="date">} sends it (ISO), or null when empty or no date. */
	static @Nullable LocalDate date(@Nullable String text) {
		try {
			return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
		}
		catch (java.time.format.DateTimeParseException notADate) {
			return null;
		}
	}

	/** Whether the text is empty or a date. */
	static boolean emptyOrDate(@Nullable String text) {
		return text == null || text.isBlank() || date(text) != null;
	}

	record NoteInput(@Nullable String note) {

		String value() {
			return note == null ? "" : note;
		}
	}

	/** A message to the applicant; {@code answerBy} is the date a query or document request asks an answer by. */
	record MessageInput(@Nullable String kind, @Nullable String text, @Nullable String requested, @Nullable String answerBy) {

		static final List<MessageKind> KINDS = List.of(MessageKind.MESSAGE, MessageKind.QUERY, MessageKind.DOCUMENT_REQUEST);

		static MessageInput empty() {
			return new MessageInput(MessageKind.QUERY.name(), "", "", null);
		}

		Optional<MessageKind> messageKind() {
			return KINDS.stream().filter(k -> k.name().equals(kind)).findFirst();
		}

		String textValue() {
			return text == null ? "" : text;
		}

		List<String> requestedDocuments() {
			return requested == null ? List.of()
					: Arrays.stream(requested.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
		}
	}

	record HandOverInput(@Nullable String unit, @Nullable String reason) {

		String reasonValue() {
			return reason == null ? "" : reason;
		}
	}

	record HoldInput(@Nullable String holdReason) {

		String value() {
			return holdReason == null ? "" : holdReason;
		}
	}

	record DueInput(@Nullable String date) {
	}
}
