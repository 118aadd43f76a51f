package de.amtsportal.support;

import com.icegreen.greenmail.util.GreenMail;

import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Test classes share cached application contexts and with them the GreenMail server; every test starts
 * with an empty mailbox so it only sees the mail it caused.
 */
public class FreshMailbox extends AbstractTestExecutionListener {

	@Override
	public void beforeTestMethod(TestContext testContext) throws Exception {
		for (GreenMail mail : testContext.getApplicationContext().getBeansOfType(GreenMail.class).values()) {
			mail.purgeEmailFromAllMailboxes();
		}
	}
}
