package de.amtsportal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Lets {@code ?lang=} through only for the languages the portal speaks; anything else is ignored. */
class SupportedLanguagesOnly implements HandlerInterceptor {

	private final LocaleChangeInterceptor delegate;

	SupportedLanguagesOnly(LocaleChangeInterceptor delegate) {
		this.delegate = delegate;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws jakarta.servlet.ServletException {
		String lang = request.getParameter(delegate.getParamName());
		if (lang == null || WebConfiguration.SUPPORTED.stream().noneMatch(l -> l.getLanguage().equals(lang))) {
			return true;
		}
		return delegate.preHandle(request, response, handler);
	}
}
