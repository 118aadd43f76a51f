package de.amtsportal.submissions.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
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

import de.amtsportal.catalog.PublishedService;

/**
 * The rendered HTML of the application pages that are the same for every anonymous applicant: the start page,
 * and a form step before anything is answered on the way to it. What belongs to the applicant, the draft's id
 * and the CSRF token of their session, is kept out of the stored copy and put into every answer
 * (docs/adr/0019). Rendering the page with its layout was most of the cost of opening it.
 * <p>
 * The keys hold everything a page shows: a released form version never changes, and the start page's key holds
 * the service as read, so a changed service or a new release makes a new key and nothing needs emptying.
 */
@Component
class BlankPages {

	/** Enough for every step of a few hundred forms in both languages; a page is some 20 KiB. */
	private static final long MAX_BYTES = 16L * 1024 * 1024;

	/** A step of a form version, reached through a service's address. */
	record Step(String slug, UUID formVersionId, String pageId, String language) {
	}

	/** The start page of a service's online application with the form version new applications use. */
	record Start(PublishedService service, UUID formVersionId, String language) {
	}

	/**
	 * A stored page as the UTF-8 text between the places where the draft's id or the token go, so that sending
	 * it is writing bytes: {@code parts} has one more element than {@code slots}.
	 */
	record Template(List<byte[]> parts, List<Slot> slots) {

		enum Slot {
			DRAFT, TOKEN
		}

		static Template of(String page, @Nullable String draftId, String token) {
			List<byte[]> parts = new ArrayList<>();
			List<Slot> slots = new ArrayList<>();
			int from = 0;
			while (true) {
				int draftAt = draftId == null ? -1 : page.indexOf(draftId, from);
				int tokenAt = page.indexOf(token, from);
				if (draftAt < 0 && tokenAt < 0) {
					break;
				}
				boolean draft = tokenAt < 0 || (draftAt >= 0 && draftAt < tokenAt);
				int at = draft ? draftAt : tokenAt;
				parts.add(page.substring(from, at).getBytes(StandardCharsets.UTF_8));
				slots.add(draft ? Slot.DRAFT : Slot.TOKEN);
				from = at + (draft ? Objects.requireNonNull(draftId) : token).length();
			}
			parts.add(page.substring(from).getBytes(StandardCharsets.UTF_8));
			return new Template(List.copyOf(parts), List.copyOf(slots));
		}

		int weight() {
			return parts.stream().mapToInt(part -> part.length).sum();
		}

		byte[] fill(@Nullable UUID draftId, String token) {
			byte[] draft = String.valueOf(draftId).getBytes(StandardCharsets.US_ASCII);
			byte[] tokenBytes = token.getBytes(StandardCharsets.US_ASCII);
			int length = weight();
			for (Slot slot : slots) {
				length += slot == Slot.DRAFT ? draft.length : tokenBytes.length;
			}
			ByteBuffer page = ByteBuffer.allocate(length);
			for (int i = 0; i < slots.size(); i++) {
				page.put(parts.get(i)).put(slots.get(i) == Slot.DRAFT ? draft : tokenBytes);
			}
			return page.put(parts.get(slots.size())).array();
		}
	}

	private final Cache<Record, Template> pages = Caffeine.newBuilder()
		.maximumWeight(MAX_BYTES)
		.<Record, Template>weigher((key, page) -> page.weight())
		.build();
	private final ThymeleafViewResolver views;

	BlankPages(ThymeleafViewResolver views) {
		this.views = views;
	}

	/** The step as stored, sent with this applicant's draft and token; null when it has not been rendered yet. */
	@Nullable
	View stored(Record key, @Nullable UUID draftId) {
		Template stored = pages.getIfPresent(key);
		return stored == null ? null : new StoredPage(stored, draftId);
	}

	/** The template's view, which stores what it renders (the page must not show anything of the applicant's). */
	View storing(Record key, @Nullable UUID draftId, String template, Locale locale) throws Exception {
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
	private record StoredPage(Template stored, @Nullable UUID draftId) implements View {

		@Override
		public String getContentType() {
			return MediaType.TEXT_HTML_VALUE + ";charset=UTF-8";
		}

		@Override
		public void render(@Nullable Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
				throws IOException {
			CsrfToken token = token(request);
			byte[] body = stored.fill(draftId, token == null ? "" : token.getToken());
			response.setContentType(getContentType());
			response.setContentLength(body.length);
			response.getOutputStream().write(body);
		}
	}

	/** Renders the template as usual and keeps a copy without the applicant's draft and token. */
	private final class StoringPage implements View {

		private final View template;
		private final Record key;
		private final @Nullable UUID draftId;

		StoringPage(View template, Record key, @Nullable UUID draftId) {
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
				pages.put(key, Template.of(page, draftId == null ? null : draftId.toString(), token.getToken()));
			}
			rendered.copyBodyToResponse();
		}
	}
}
