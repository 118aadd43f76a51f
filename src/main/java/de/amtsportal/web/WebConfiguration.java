package de.amtsportal.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.core.Ordered;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * German first, English second: {@code ?lang=en} switches and sticks in a cookie; without one the browser's
 * Accept-Language decides, and anything else falls back to German.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final List<Locale> SUPPORTED = List.of(Locale.GERMAN, Locale.ENGLISH);

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("AMTSPORTAL_LANG");
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieSameSite("Lax");
		resolver.setDefaultLocaleFunction(WebConfiguration::fromAcceptLanguage);
		return resolver;
	}

	@Bean
	PublicPageCache publicPageCache(@Value("${amtsportal.public-pages.time-to-live}") Duration timeToLive,
			@Value("${amtsportal.public-pages.max-bytes}") long maxBytes) {
		return new PublicPageCache(timeToLive, maxBytes);
	}

	/** The catalogue's public pages only, and after the security filters (their order is -100). */
	@Bean
	FilterRegistrationBean<PublicPageFilter> publicPageFilter(PublicPageCache cache, LocaleResolver localeResolver) {
		FilterRegistrationBean<PublicPageFilter> registration = new FilterRegistrationBean<>(
				new PublicPageFilter(cache, localeResolver), new ServletRegistrationBean<?>[0]);
		registration.addUrlPatterns("/leistungen", "/leistungen/*");
		registration.setOrder(Ordered.LOWEST_PRECEDENCE);
		return registration;
	}

	/** Request mappings looked up by their first path segment (see IndexedRequestMappings). */
	@Bean
	WebMvcRegistrations indexedRequestMappings() {
		return new WebMvcRegistrations() {
			@Override
			public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
				return new IndexedRequestMappings();
			}
		};
	}

	/** Last before the dispatcher (see MethodReadOnce). */
	@Bean
	FilterRegistrationBean<MethodReadOnce> methodReadOnce() {
		FilterRegistrationBean<MethodReadOnce> registration = new FilterRegistrationBean<>(new MethodReadOnce(),
				new ServletRegistrationBean<?>[0]);
		registration.setOrder(Ordered.LOWEST_PRECEDENCE);
		return registration;
	}

	private static Locale fromAcceptLanguage(HttpServletRequest request) {
		String header = request.getHeader("Accept-Language");
		if (header == null || header.isBlank()) {
			return Locale.GERMAN;
		}
		try {
			Locale best = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
			return best != null ? best : Locale.GERMAN;
		}
		catch (IllegalArgumentException malformed) {
			return Locale.GERMAN;
		}
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(new SupportedLanguagesOnly(interceptor));
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/vendor/**")
			.addResourceLocations("classpath:/static/vendor/")
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(7)).cachePublic());
	}
}
