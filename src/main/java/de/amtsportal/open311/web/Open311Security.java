package de.amtsportal.open311.web;

import java.util.List;

import jakarta.servlet.DispatcherType;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

import de.amtsportal.open311.internal.ApiClients;
import de.amtsportal.open311.internal.Open311Properties;
import de.amtsportal.open311.internal.RequestBudgets;

/**
 * The API's own filter chain, ahead of the portal's: stateless (no session, no sign-in, no CSRF token — a POST
 * is authorised by its api_key, which {@link Open311Gate} checks), readable from browser apps on other origins
 * (CORS for GET), and never framed or rendered as a page.
 */
@Configuration(proxyBeanMethods = false)
class Open311Security {

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE + 10)
	SecurityFilterChain open311(HttpSecurity http, ApiClients clients, RequestBudgets budgets, ErrorAnswers errors,
			Open311Properties properties) throws Exception {
		http.securityMatcher("/open311/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.csrf(csrf -> csrf.disable())
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.formLogin(form -> form.disable())
			.httpBasic(basic -> basic.disable())
			.logout(logout -> logout.disable())
			.cors(cors -> cors.configurationSource(cors()))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
				.frameOptions(frame -> frame.deny()))
			.addFilterBefore(new Open311Gate(clients, budgets, errors, properties), AuthorizationFilter.class);
		return http.build();
	}

	/** Any origin may read (the data is public); only GET, without credentials. */
	private static UrlBasedCorsConfigurationSource cors() {
		CorsConfiguration configuration = new CorsConfiguration();
		configuration.setAllowedOrigins(List.of("*"));
		configuration.setAllowedMethods(List.of("GET", "HEAD"));
		configuration.setAllowedHeaders(List.of("Accept", "Accept-Language"));
		configuration.setExposedHeaders(List.of("Retry-After"));
		configuration.setAllowCredentials(false);
		configuration.setMaxAge(3600L);
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/open311/**", configuration);
		return source;
	}

	/** Runs before Spring Security on the container's error dispatch, so that nothing renders the portal's error page. */
	@Bean
	FilterRegistrationBean<Open311ErrorDispatch> open311ErrorDispatch(ErrorAnswers errors) {
		FilterRegistrationBean<Open311ErrorDispatch> registration = new FilterRegistrationBean<>(new Open311ErrorDispatch(errors),
				new ServletRegistrationBean<?>[0]);
		registration.setDispatcherTypes(DispatcherType.ERROR);
		registration.addUrlPatterns("/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}
}
