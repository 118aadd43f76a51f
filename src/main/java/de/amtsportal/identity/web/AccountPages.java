package de.amtsportal.identity.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import de.amtsportal.identity.CurrentUser;
import de.amtsportal.identity.internal.AccountSelfService;
import de.amtsportal.identity.internal.TwoFactor;

/** {@code /konto}: my account, my data as JSON, deleting my account, keeping my session alive. */
@Controller
class AccountPages {

	private final CurrentUser currentUser;
	private final AccountSelfService selfService;
	private final TwoFactor twoFactor;

	AccountPages(CurrentUser currentUser, AccountSelfService selfService, TwoFactor twoFactor) {
		this.currentUser = currentUser;
		this.selfService = selfService;
		this.twoFactor = twoFactor;
	}

	@GetMapping("/konto")
	String account(Model model) {
		var me = currentUser.require();
		model.addAttribute("account", me);
		model.addAttribute("recoveryCodesLeft", twoFactor.unusedRecoveryCodes(me.id().value()));
		model.addAttribute("hasPassword", selfService.hasPassword(me.id().value()));
		return "identity/konto";
	}

	@GetMapping(path = "/konto/daten", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> export() {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"meine-daten.json\"")
			.body(selfService.export(currentUser.require().id().value()));
	}

	@GetMapping("/konto/loeschen")
	String confirmDeletion() {
		return "identity/loeschen";
	}

	@PostMapping("/konto/loeschen")
	String delete(@RequestParam(defaultValue = "false") boolean confirmed, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		if (!confirmed) {
			model.addAttribute("notConfirmed", true);
			return "identity/loeschen";
		}
		selfService.delete(currentUser.require().id().value());
		new SecurityContextLogoutHandler().logout(request, response, SecurityContextHolder.getContext().getAuthentication());
		return "redirect:/konto/geloescht";
	}

	@GetMapping("/konto/geloescht")
	String deleted() {
		return "identity/geloescht";
	}

	/** Called by the session warning's "extend" button; any request to the server resets the idle time. */
	@PostMapping("/konto/sitzung")
	@ResponseBody
	ResponseEntity<Void> extendSession() {
		return ResponseEntity.noContent().build();
	}
}
