package de.amtsportal.identity.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
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
			"/login/oauth2/**", "/sitzung/status", "/leistungen", "/leistungen/**" };

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	@Bean
	SecurityFilterChain portal(HttpSecurity http, PasswordSignIn passwordSignIn, SignInCompletion completion,
			SignInFailed failure, SecurityContextRepository contexts, AuditedSignOut signOut,
			AbsoluteSessionTimeout absoluteTimeout, ObjectProvider<ClientRegistrationRepository> oidcClients,
			AccountOidcUserService oidcUsers) throws Exception {
		http.authenticationProvider(passwordSignIn)
			.securityContext(context -> context.securityContextRepository(contexts))
			.authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC).permitAll()
				.requestMatchers(SignInCompletion.ENTER_CODE, "/konto/zwei-faktor/**")
				.hasAnyAuthority(SecondFactorPending.FACTOR_PASSWORD, AccountPrincipal.SIGNED_IN)
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
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
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

	@Bean
	SecurityContextRepository securityContextRepository() {
		return new HttpSessionSecurityContextRepository();
	}

	/** Argon2id with the parameters Spring Security recommends (OWASP's minimum: 19 MiB, 2 iterations). */
	@Bean
	PasswordEncoder passwordEncoder() {
		return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
	}
}
