package de.amtsportal.mailbox.web;

import jakarta.validation.constraints.Size;

import de.amtsportal.mailbox.Mailbox;

/** What the reply form binds: the text; files come as parts of their own. */
record ReplyInput(@Size(max = Mailbox.MAX_TEXT, message = "{mailbox.reply.error.length}") String text) {

	ReplyInput {
		text = text == null ? "" : text;
	}
}
