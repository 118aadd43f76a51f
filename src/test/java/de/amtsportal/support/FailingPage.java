package de.amtsportal.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * A page that fails the way a real bug would, with SQL and personal data in the exception's message, to
 * show what the error page gives away (nothing). A router function rather than a controller class, which
 * component scanning would pick up in every test context.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FailingPage {

	public static final String PATH = "/konto/test-fehler";

	@Bean
	RouterFunction<ServerResponse> failingPage() {
		return RouterFunctions.route()
			.GET(PATH, request -> {
				throw new DataIntegrityViolationException("could not execute statement [insert into account (email, "
						+ "password_hash) values ('geheim@example.org', '$argon2id$v=19')]");
			})
			.build();
	}
}
