package de.amtsportal.places.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import de.amtsportal.places.Place;
import de.amtsportal.places.PlaceRegister;

/**
 * The register's rows. Plain JDBC: a load writes tens of thousands of rows as batches, and the rows are never
 * changed one by one, so an entity would only add a persistence context to flush.
 */
@Repository
public class AddressTable {

	public static final int MAX_ID = 64;
	private static final String COLUMNS = "id, street, house_number, postcode, locality, latitude, longitude";
	private static final RowMapper<Place> PLACE = (rs, n) -> new Place(rs.getString("id"), rs.getString("street"),
			rs.getString("house_number"), rs.getString("postcode"), rs.getString("locality"), rs.getBigDecimal("latitude"),
			rs.getBigDecimal("longitude"));

	private final JdbcTemplate jdbc;

	AddressTable(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Exact street first; only when that finds nothing, streets that begin with what was typed ("Haupt" → Hauptstraße). */
	public List<Place> find(AddressQuery query, int limit) {
		List<Place> exact = find(query, "street_key = ?", query.streetKey(), limit);
		return exact.isEmpty() ? find(query, "street_key like ?", query.streetKey() + "%", limit) : exact;
	}

	private List<Place> find(AddressQuery query, String streetCondition, String street, int limit) {
		StringBuilder sql = new StringBuilder("select " + COLUMNS + " from place_address where " + streetCondition);
		List<Object> arguments = new ArrayList<>(List.of(street));
		if (query.numberKey() != null) {
			sql.append(" and number_key = ?");
			arguments.add(query.numberKey());
		}
		if (query.postcode() != null) {
			sql.append(" and postcode = ?");
			arguments.add(query.postcode());
		}
		if (query.localityKey() != null) {
			sql.append(" and locality_key like ?");
			arguments.add(query.localityKey() + "%");
		}
		sql.append(" order by street, number_order, number_key, postcode, id limit ?");
		arguments.add(limit);
		return jdbc.query(sql.toString(), PLACE, arguments.toArray());
	}

	public Optional<Place> byId(String id) {
		return jdbc.query("select " + COLUMNS + " from place_address where id = ?", PLACE, id).stream().findFirst();
	}

	/** The first address at exactly this point (several houses can share one, then the lowest number). */
	public Optional<Place> at(BigDecimal latitude, BigDecimal longitude) {
		return jdbc.query("select " + COLUMNS + " from place_address where latitude = ? and longitude = ? order by number_order, id limit 1",
				PLACE, latitude, longitude).stream().findFirst();
	}

	public Optional<PlaceRegister> register() {
		return jdbc.query("select addresses, loaded_at from place_register where id = 1",
				(rs, n) -> new PlaceRegister(rs.getInt("addresses"), rs.getTimestamp("loaded_at").toInstant())).stream().findFirst();
	}

	/** Everything in place of what was there; the caller's transaction makes it all or nothing. */
	void replace(List<AddressRow> rows, Instant now) {
		jdbc.update("delete from place_address");
		jdbc.batchUpdate("insert into place_address (" + COLUMNS
				+ ", street_key, number_key, number_order, locality_key) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows, 1000,
				(statement, row) -> {
					statement.setString(1, row.id());
					statement.setString(2, row.street());
					statement.setString(3, row.houseNumber());
					statement.setString(4, row.postcode());
					statement.setString(5, row.locality());
					statement.setBigDecimal(6, row.latitude());
					statement.setBigDecimal(7, row.longitude());
					statement.setString(8, AddressKeys.street(row.street()));
					statement.setString(9, AddressKeys.houseNumber(row.houseNumber()));
					statement.setInt(10, row.numberOrder());
					statement.setString(11, AddressKeys.locality(row.locality()));
				});
		jdbc.update("delete from place_register");
		jdbc.update("insert into place_register (id, addresses, loaded_at) values (1, ?, ?)", rows.size(), Timestamp.from(now));
	}
}
