package de.amtsportal.places.internal;

import java.time.Clock;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.amtsportal.access.Permissions;
import de.amtsportal.audit.AuditEvent;
import de.amtsportal.audit.AuditTrail;
import de.amtsportal.identity.CurrentUser;
import de.amtsportal.places.PlaceRegister;

/**
 * Administrators load the address register. The file is checked completely before the register is replaced, in
 * one transaction: a bad file leaves the previous register as it was.
 */
@Service
@PreAuthorize("hasAuthority('" + Permissions.ADMINISTER_ORGANISATIONS + "')")
public class RegisterAdministration {

	private final AddressTable table;
	private final CurrentUser currentUser;
	private final AuditTrail audit;
	private final Clock clock;

	RegisterAdministration(AddressTable table, CurrentUser currentUser, AuditTrail audit, Clock clock) {
		this.table = table;
		this.currentUser = currentUser;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * @throws InvalidAddressFile when the file cannot be used; nothing changes then
	 */
	@Transactional
	public PlaceRegister load(byte[] csv) {
		var rows = AddressFile.read(csv);
		String me = currentUser.require().id().value().toString();
		table.replace(rows, clock.instant());
		audit.record(new AuditEvent(me, "places.register-loaded", null, rows.size() + " addresses"));
		return table.register().orElseThrow();
	}
}
