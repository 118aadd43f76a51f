package de.amtsportal.intranet.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.amtsportal.access.Permissions;
import de.amtsportal.intranet.ItemKind;

/**
 * How each member wants to hear of new items, per category (the item kinds): at once, in a weekly digest, or
 * not at all. Binding circulars default to "at once", everything else to the weekly digest.
 */
@Service
public class NotificationPreferences {

	public enum Mode {
		IMMEDIATE, WEEKLY, NONE
	}

	private final JdbcTemplate jdbc;

	NotificationPreferences(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public static Mode defaultFor(ItemKind category) {
		return category == ItemKind.CIRCULAR ? Mode.IMMEDIATE : Mode.WEEKLY;
	}

	/** The member's choice for every category, defaults filled in. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('" + Permissions.INTRANET + "')")
	public Map<ItemKind, Mode> of(UUID account) {
		return read(account);
	}

	@Transactional
	@PreAuthorize("hasAuthority('" + Permissions.INTRANET + "')")
	public void choose(UUID account, Map<ItemKind, Mode> choices) {
		jdbc.update("delete from intranet_notification_preference where account_id = ?", account);
		choices.forEach((category, mode) -> jdbc.update(
				"insert into intranet_notification_preference (account_id, category, mode) values (?, ?, ?)", account,
				category.name(), mode.name()));
	}

	/** For the mails: the choices of these members (no permission of their own is at hand there). */
	Map<ItemKind, Mode> read(UUID account) {
		Map<ItemKind, Mode> modes = new EnumMap<>(ItemKind.class);
		for (ItemKind category : ItemKind.values()) {
			modes.put(category, defaultFor(category));
		}
		List<Map.Entry<ItemKind, Mode>> stored = jdbc.query(
				"select category, mode from intranet_notification_preference where account_id = ?",
				(rs, n) -> Map.entry(ItemKind.valueOf(rs.getString(1)), Mode.valueOf(rs.getString(2))), account);
		stored.forEach(e -> modes.put(e.getKey(), e.getValue()));
		return modes;
	}
}
