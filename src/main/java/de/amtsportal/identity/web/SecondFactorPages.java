package de.amtsportal.identity.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import de.amtsportal.identity.internal.AccountPrincipal;
import de.amtsportal.identity.internal.SecondFactorPending;
import de.amtsportal.identity.internal.SignInCompletion;
import de.amtsportal.identity.internal.TwoFactor;

/**
 * The second factor: entering a code at sign-in, and enrolling an authenticator app (QR code plus the
 * secret as text, for people who cannot scan). Five wrong codes end the half-finished sign-in. Half-way
 * through a sign-in, enrolment is open only to accounts without an app, and finishing the sign-in after it
 * needs the enrolment to have succeeded in this session: otherwise the password alone would let anyone
 * replace the owner's app, or skip the second factor altogether.
 */
@Controller
class SecondFactorPages {

	private static final String ENROLMENT_SECRET = "two-factor.enrolment-secret";
	private static final String FAILED_CODES = "two-factor.failed-codes";
	private static final String ENROLLED_NOW = "two-factor.enrolled-now";
	private static final int MAX_FAILED_CODES = 5;

	private final TwoFactor twoFactor;
	private final SignInCompletion completion;

	SecondFactorPages(TwoFactor twoFactor, SignInCompletion completion) {
		this.twoFactor = twoFactor;
		this.completion = completion;
	}

	@GetMapping(SignInCompletion.ENTER_CODE)
	String codeForm() {
		return "identity/code";
	}

	@PostMapping(SignInCompletion.ENTER_CODE)
	String verifyCode(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
			HttpServletResponse response, Model model) throws IOException {
		if (!(authentication() instanceof SecondFactorPending pending)) {
			return "redirect:/konto";
		}
		if (code.length() <= 20 && twoFactor.verify(pending.getPrincipal().account().id().value(), code)) {
			request.getSession().removeAttribute(FAILED_CODES);
			completion.completeSecondFactor(request, response, pending, "totp");
			return null;
		}
		if (tooManyFailures(request.getSession())) {
			request.getSession().invalidate();
			SecurityContextHolder.clearContext();
			return "redirect:/konto/anmelden?fehler=throttled";
		}
		model.addAttribute("codeError", true);
		return "identity/code";
	}

	@GetMapping(SignInCompletion.ENROL)
	String enrolForm(HttpSession session, Model model) {
		if (enrolledButCodeStillDue()) {
			return "redirect:" + SignInCompletion.ENTER_CODE;
		}
		AccountPrincipal principal = principal();
		String secret = (String) session.getAttribute(ENROLMENT_SECRET);
		if (secret == null) {
			secret = twoFactor.newSecret();
			session.setAttribute(ENROLMENT_SECRET, secret);
		}
		model.addAttribute("secret", secret.replaceAll("(.{4})", "$1 ").strip());
		model.addAttribute("qrCode", twoFactor.qrCode(secret, principal.account().email()));
		model.addAttribute("demoMaySkip", completion.demoMaySkipSecondFactor() && !principal.totpEnrolled()
				&& authentication() instanceof SecondFactorPending);
		return "identity/zwei-faktor-einrichten";
	}

	@PostMapping(SignInCompletion.ENROL)
	String enrol(@RequestParam(defaultValue = "") String code, HttpSession session, Model model) {
		if (enrolledButCodeStillDue()) {
			return "redirect:" + SignInCompletion.ENTER_CODE;
		}
		String secret = (String) session.getAttribute(ENROLMENT_SECRET);
		if (secret == null || code.length() > 20 || !twoFactor.codeMatches(secret, code)) {
			model.addAttribute("codeError", true);
			return enrolForm(session, model);
		}
		session.removeAttribute(ENROLMENT_SECRET);
		List<String> recoveryCodes = twoFactor.enable(principal().account().id().value(), secret);
		boolean pending = authentication() instanceof SecondFactorPending;
		if (pending) {
			session.setAttribute(ENROLLED_NOW, true);
		}
		model.addAttribute("recoveryCodes", recoveryCodes);
		model.addAttribute("pending", pending);
		return "identity/wiederherstellungscodes";
	}

	/** After enrolment at sign-in, the recovery codes page continues here to finish signing in. */
	@PostMapping("/konto/zwei-faktor/weiter")
	String continueSignIn(HttpServletRequest request, HttpServletResponse response, HttpSession session)
			throws IOException {
		if (!(authentication() instanceof SecondFactorPending pending)) {
			return "redirect:/konto";
		}
		if (session.getAttribute(ENROLLED_NOW) == null) {
			return "redirect:" + (pending.getPrincipal().totpEnrolled() ? SignInCompletion.ENTER_CODE : SignInCompletion.ENROL);
		}
		session.removeAttribute(ENROLLED_NOW);
		completion.completeSecondFactor(request, response, pending, "totp-enrolled");
		return null;
	}

	/** Demo run only: staff may look around without an authenticator app. Refused everywhere else. */
	@PostMapping("/konto/zwei-faktor/ueberspringen")
	String skip(HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (completion.demoMaySkipSecondFactor() && authentication() instanceof SecondFactorPending pending
				&& !pending.getPrincipal().totpEnrolled()) {
			completion.completeSecondFactor(request, response, pending, "demo-without-totp");
			return null;
		}
		return "redirect:" + SignInCompletion.ENROL;
	}

	/** Half-way through signing in to an account that has an app: only its code finishes the sign-in. */
	private static boolean enrolledButCodeStillDue() {
		return authentication() instanceof SecondFactorPending pending && pending.getPrincipal().totpEnrolled();
	}

	private static boolean tooManyFailures(HttpSession session) {
		Integer failures = (Integer) session.getAttribute(FAILED_CODES);
		int count = failures == null ? 1 : failures + 1;
		session.setAttribute(FAILED_CODES, count);
		return count >= MAX_FAILED_CODES;
	}

	private static Authentication authentication() {
		return SecurityContextHolder.getContext().getAuthentication();
	}

	private static AccountPrincipal principal() {
		return (AccountPrincipal) authentication().getPrincipal();
	}
}
