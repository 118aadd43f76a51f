package de.amtsportal.submissions.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * The rendered HTML of a form step as every anonymous applicant sees it before answering anything on the way to
 * it: it depends only on the released form version (which never changes), the service's address, the step and
 * the language. What belongs to the applicant, the draft's id and the CSRF token of their session, is kept out
 * of the stored copy and put into every answer (docs/adr/0019). Rendering the page with its layout was most of
 * the cost of opening a form step.
 */
@Component
class BlankStepPages {

	/** Stand-ins for what belongs to one applicant, new in every run: no form text can contain them. */
	private static final String DRAFT = "draft-" + UUID.randomUUID();
	private static final String TOKEN = "csrf-" + UUID.randomUUID();
	/** Enough for every step of a few hundred forms in both languages; a page is some 20 KiB. */
	private static final long MAX_BYTES = 16L * 1024 * 1024;

	record Key(String slug, UUID formVersionId, String pageId, String language) {
	}

	private final Cache<Key, String> pages = Caffeine.newBuilder()
		.maximumWeight(MAX_BYTES)
		.<Key, String>weigher((key, page) -> page.length())
		.build();
	private final ThymeleafViewResolver views;

	BlankStepPages(ThymeleafViewResolver views) {
		this.views = views;
	}

	/** The step as stored, sent with this applicant's draft and token; null when it has not been rendered yet. */
	@Nullable
	View stored(Key key, UUID draftId) {
		String stored = pages.getIfPresent(key);
		return stored == null ? null : new StoredPage(stored, draftId);
	}

	/** The template's view, which stores what it renders (the page must not show anything of the applicant's). */
	View storing(Key key, UUID draftId, String template, Locale locale) throws Exception {
		View view = views.resolveViewName(template, locale);
		if (view == null) {
			throw new IllegalStateException("No view " + template);
		}
		return new StoringPage(view, key, draftId);
	}

	private static @Nullable CsrfToken token(HttpServletRequest request) {
		return (CsrfToken) request.getAttribute(CsrfToken.class.getName());
	}

	/** Sends a stored page with this applicant's draft and token, in one piece. */
	private record StoredPage(String stored, UUID draftId) implements View {

		@Override
		public String getContentType() {
			return MediaType.TEXT_HTML_VALUE + ";charset=UTF-8";
		}

		@Override
		public void render(@Nullable Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
				throws IOException {
			CsrfToken token = token(request);
			String page = stored.replace(DRAFT, draftId.toString());
			if (token != null) {
				page = page.replace(TOKEN, token.getToken());
			}
			byte[] body = page.getBytes(StandardCharsets.UTF_8);
			response.setContentType(getContentType());
			response.setContentLength(body.length);
			response.getOutputStream().write(body);
		}
	}

	/** Renders the template as usual and keeps a copy without the applicant's draft and token. */
	private final class StoringPage implements View {

		private final View template;
		private final Key key;
		private final UUID draftId;

		StoringPage(View template, Key key, UUID draftId) {
			this.template = template;
			this.key = key;
			this.draftId = draftId;
		}

		@Override
		public String getContentType() {
			return template.getContentType();
		}

		@Override
		public void render(@Nullable Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
				throws Exception {
			ContentCachingResponseWrapper rendered = new ContentCachingResponseWrapper(response);
			template.render(model, request, rendered);
			CsrfToken token = token(request);
			if (rendered.getStatus() == HttpServletResponse.SC_OK && token != null
					&& StandardCharsets.UTF_8.name().equalsIgnoreCase(rendered.getCharacterEncoding())) {
				String page = new String(rendered.getContentAsByteArray(), StandardCharsets.UTF_8);
				pages.put(key, page.replace(draftId.toString(), DRAFT).replace(token.getToken(), TOKEN));
			}
			rendered.copyBodyToResponse();
		}
	}
}
