package de.amtsportal.web;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.event.TransactionalEventListener;

import de.amtsportal.catalog.ServiceChanged;
import de.amtsportal.catalog.ServicePublished;
import de.amtsportal.catalog.ServiceWithdrawn;
import de.amtsportal.forms.FormVersionPublished;
import de.amtsportal.identity.OrgUnitChanged;

/**
 * The rendered HTML of the public catalogue pages ({@code /leistungen}, its searches and the service pages) as a
 * first visit sees them, per address and language (filled and served by {@link PublicPageFilter}). These pages
 * are read thousands of times for every edit, and rendering them is most of their cost.
 * <p>
 * Every change to what the pages show (a service, a released form, an org unit) empties the cache on this
 * instance once it is committed; a change made on another instance shows here after the time to live at most
 * (docs/adr/0011). Bounded in bytes, so that many different searches cannot fill the memory.
 */
class PublicPageCache {

	/** What a stored answer needs to be sent again. */
	record Page(byte[] body, String contentType, @Nullable String contentLanguage) {
	}

	record Key(String language, String address) {
	}

	private final Cache<Key, Page> pages;
	/** Counts the changes: a page rendered while one was committed is not kept (it may show the old state). */
	private final AtomicLong changes = new AtomicLong();

	PublicPageCache(Duration timeToLive, long maxBytes) {
		this.pages = Caffeine.newBuilder()
			.expireAfterWrite(timeToLive)
			.maximumWeight(maxBytes)
			.<Key, Page>weigher((key, page) -> page.body().length + key.address().length())
			.build();
	}

	@Nullable
	Page find(Key key) {
		return pages.getIfPresent(key);
	}

	/** Where the page was rendered; {@link #keep} compares it with the changes since. */
	long changesSoFar() {
		return changes.get();
	}

	void keep(Key key, Page page, long changesBeforeRendering) {
		if (changes.get() != changesBeforeRendering) {
			return;
		}
		pages.put(key, page);
		// a change committed between the check and the put may have emptied the cache before the put
		if (changes.get() != changesBeforeRendering) {
			pages.invalidate(key);
		}
	}

	/**
	 * After the commit: emptied earlier, a reader could refill the cache with the old state. A released form
	 * version puts the start of the online application on its service's page; an org unit's name is on many.
	 */
	@TransactionalEventListener(fallbackExecution = true, classes = { ServiceChanged.class, ServicePublished.class,
			ServiceWithdrawn.class, FormVersionPublished.class, OrgUnitChanged.class })
	void changed(Object change) {
		forget();
	}

	/** Everything at once: edits are rare, and which lists and searches show a service is the index's business. */
	void forget() {
		changes.incrementAndGet();
		pages.invalidateAll();
	}
}
