package de.amtsportal.support;

import com.icegreen.greenmail.util.GreenMail;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the application has stored, read straight from the tables: the proof that rejected input left
 * nothing behind (no account, no queued or delivered mail, no audit entry, no contact message).
 */
public class Stored {

	private final JdbcTemplate jdbc;
	private final GreenMail mail;

	public Stored(ApplicationContext context) {
		this.jdbc = context.getBean(JdbcTemplate.class);
		this.mail = context.getBean(GreenMail.class);
	}

	public long accounts(String email) {
		return count("select count(*) from account where lower(email) = lower(?)", email);
	}

	/** Mails queued or kept in the outbox for the address, plus those that reached the SMTP server. */
	public long mailsTo(String email) {
		return count("select count(*) from outgoing_mail where lower(recipient) = lower(?)", email)
				+ mail.getReceivedMessagesForDomain(email).length;
	}

	public long auditEntries() {
		return count("select count(*) from audit_entry");
	}

	public long contactMessages() {
		return count("select count(*) from contact_message");
	}

	public long count(String sql, Object... arguments) {
		Long count = jdbc.queryForObject(sql, Long.class, arguments);
		return count == null ? 0 : count;
	}

	public JdbcTemplate jdbc() {
		return jdbc;
	}

	/** Remembers the counts now, to show later that an action added nothing. */
	public Snapshot snapshot(String email) {
		return new Snapshot(email, accounts(email), mailsTo(email), auditEntries(), contactMessages());
	}

	public final class Snapshot {

		private final String email;
		private final long accounts;
		private final long mails;
		private final long audit;
		private final long contact;

		private Snapshot(String email, long accounts, long mails, long audit, long contact) {
			this.email = email;
			this.accounts = accounts;
			this.mails = mails;
			this.audit = audit;
			this.contact = contact;
		}

		public void assertNothingStored() {
			assertThat(accounts(email)).as("accounts for %s", email).isEqualTo(accounts);
			assertThat(mailsTo(email)).as("mails to %s", email).isEqualTo(mails);
			assertThat(auditEntries()).as("audit entries").isEqualTo(audit);
			assertThat(contactMessages()).as("contact messages").isEqualTo(contact);
		}
	}
}
