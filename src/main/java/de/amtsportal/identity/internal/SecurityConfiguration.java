package de.amtsportal.identity.internal;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.authentication.builders.AuthenticationManagerBuilder;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import de.amtsportal.access.Permissions;

/**
 * One filter chain for all audiences. URL rules are the outer fence; application services check
 * permissions again ({@code @PreAuthorize}), so a missing rule here never opens data.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	/** Pages anyone may open, signed in or not. */
	static final String[] PUBLIC = { "/", "/vendor/**", "/css/**", "/js/**", "/img/**", "/favicon.ico", "/error",
			"/actuator/health", "/impressum", "/datenschutz", "/barrierefreiheit", "/barrierefreiheit/**", "/kontakt",
			"/kontakt/**", "/lizenzen", "/konto/registrieren", "/konto/registrieren/**", "/konto/anmelden",
			"/konto/bestaetigen", "/konto/bestaetigen/**", "/konto/passwort-vergessen", "/konto/passwort-vergessen/**",
			"/konto/passwort-neu", "/konto/einladung", "/konto/abgemeldet", "/konto/geloescht", "/oauth2/**",
			"/login/oauth2/**", "/sitzung/status", "/leistungen", "/leistungen/**", "/antrag/**", "/antraege/zugang/**",
			"/antraege/*", "/antraege/*/bestaetigung", "/antraege/*/eingangsbestaetigung.pdf", "/antraege/*/dateien/*",
			"/postfach/antrag/*", "/postfach/antrag/*/dateien/*", "/bewertung/antrag/*", "/open-data", "/open-data/*",
			"/meldungen", "/meldungen/**",
			// receivers of deliveries: the signed, expiring link is the credential (checked by the delivery module)
			"/api/v1/zustellung/dateien/*/*" };

	/**
	 * Addresses under public ones that need an account: opening them makes people sign in and brings them back
	 * (an application that needs an account, or a signed-in applicant's application opened from a mail).
	 */
	static final String[] SIGN_IN_AND_RETURN = { "/antrag/*/anmelden", "/antraege/*/anmelden", "/postfach/antrag/*/anmelden" };

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:%s; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action %s; frame-ancestors 'none'";

	@Bean
	SecurityFilterChain portal(HttpSecurity http, PasswordSignIn passwordSignIn, SignInCompletion completion,
			SignInFailed failure, SecurityContextRepository contexts, AuditedSignOut signOut,
			AbsoluteSessionTimeout absoluteTimeout, SessionAccountCheck accountCheck,
			ObjectProvider<ClientRegistrationRepository> oidcClients,
			AccountOidcUserService oidcUsers, @Value("${amtsportal.reports.tiles.url:}") String mapTiles) throws Exception {
		// As the only AuthenticationProvider bean, PasswordSignIn also becomes the global AuthenticationManager,
		// which Spring Security makes this chain's parent: after a rejected attempt the parent would check the
		// password again, and every failure would count (and be audited) twice.
		http.getSharedObject(AuthenticationManagerBuilder.class).parentAuthenticationManager(null);
		http.authenticationProvider(passwordSignIn)
			.securityContext(context -> context.securityContextRepository(contexts))
			.authorizeHttpRequests(requests -> requests.requestMatchers(SIGN_IN_AND_RETURN).hasAuthority(AccountPrincipal.SIGNED_IN)
				.requestMatchers(PUBLIC).permitAll()
				.requestMatchers(SignInCompletion.ENTER_CODE, "/konto/zwei-faktor/**")
				.hasAnyAuthority(SecondFactorPending.FACTOR_PASSWORD, AccountPrincipal.SIGNED_IN)
				.requestMatchers("/amt/admin").hasAnyAuthority(Permissions.ADMINISTER_ORGANISATIONS, Permissions.AUDIT_READ,
						Permissions.DEV_OUTBOX)
				.requestMatchers("/amt/admin/protokoll", "/amt/admin/protokoll/**").hasAuthority(Permissions.AUDIT_READ)
				.requestMatchers("/amt/admin/postausgang", "/amt/admin/postausgang/**").hasAuthority(Permissions.DEV_OUTBOX)
				.requestMatchers("/amt/admin/**").hasAuthority(Permissions.ADMINISTER_ORGANISATIONS)
				.requestMatchers("/amt/zustellung/kanaele", "/amt/zustellung/kanaele/**").hasAuthority(Permissions.DELIVERY_CONFIGURE)
				.requestMatchers("/amt/zustellung", "/amt/zustellung/**").hasAuthority(Permissions.DELIVERY_OPERATE)
				.requestMatchers("/amt", "/amt/**").hasAuthority(Permissions.BACK_OFFICE)
				.requestMatchers("/intranet", "/intranet/**").hasAuthority(Permissions.INTRANET)
				.anyRequest().hasAuthority(AccountPrincipal.SIGNED_IN))
			.formLogin(form -> form.loginPage("/konto/anmelden")
				.loginProcessingUrl("/konto/anmelden")
				.usernameParameter("email")
				.passwordParameter("password")
				.successHandler(completion)
				.failureHandler(failure))
			.logout(logout -> logout.logoutUrl("/konto/abmelden")
				.addLogoutHandler(signOut)
				.logoutSuccessHandler(signOut.successHandler(oidcClients.getIfAvailable()))
				.deleteCookies("AMTSPORTAL_SESSION"))
			.exceptionHandling(exceptions -> exceptions.accessDeniedHandler(new SecondFactorFirst()))
			.addFilterBefore(absoluteTimeout, SecurityContextHolderFilter.class)
			.addFilterAfter(accountCheck, SecurityContextHolderFilter.class)
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(oidcClients.getIfAvailable(), mapTiles)))
				.frameOptions(frame -> frame.deny())
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=(self)")));
		ClientRegistrationRepository clients = oidcClients.getIfAvailable();
		if (clients != null) {
			http.oauth2Login(login -> login.loginPage("/konto/anmelden")
				.userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcUsers))
				.successHandler(completion)
				.failureHandler(failure));
		}
		return http.build();
	}

	/**
	 * Signing out is a form post that the server answers with a redirect to the identity provider's end-session
	 * endpoint; Chromium applies {@code form-action} to that redirect too, so the provider's origin must be allowed
	 * or people who came through it could never sign out there.
	 */
	static String contentSecurityPolicy(@Nullable ClientRegistrationRepository clients) {
		return contentSecurityPolicy(clients, "");
	}

	/** The policy with the map tiles' origin among the image sources (the report map loads its tiles from there). */
	static String contentSecurityPolicy(@Nullable ClientRegistrationRepository clients, String mapTiles) {
		Set<String> formAction = new LinkedHashSet<>();
		formAction.add("'self'");
		if (clients instanceof Iterable<?> registrations) {
			for (Object registration : registrations) {
				Object endpoint = registration instanceof ClientRegistration client
						? client.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint") : null;
				if (endpoint != null) {
					URI uri = URI.create(endpoint.toString());
					formAction.add(uri.getScheme() + "://" + uri.getRawAuthority());
				}
			}
		}
		java.util.regex.Matcher origin = java.util.regex.Pattern.compile("^(https?://[^/{}]+)").matcher(mapTiles);
		return CONTENT_SECURITY_POLICY.formatted(origin.find() ? " " + origin.group(1) : "", String.join(" ", formAction));
	}

	@Bean
	SecurityContextRepository securityContextRepository() {
		return new HttpSessionSecurityContextRepository();
	}

	/** Argon2id with the parameters Spring Security recommends (OWASP's minimum: 19 MiB, 2 iterations). */
	@Bean
	PasswordEncoder passwordEncoder() {
		return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
	}

	/**
	 * No observations of the security filters, authentications and authorizations: with them every filter of every
	 * request runs inside an observation wrapper (even with their metrics switched off), for metrics nobody reads —
	 * only health is exposed. The flight recordings of the submission benchmark showed the wrappers on every request.
	 */
	@Bean
	SecurityObservationSettings noSecurityObservations() {
		return SecurityObservationSettings.noObservations();
	}
}
