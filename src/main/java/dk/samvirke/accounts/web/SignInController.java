package dk.samvirke.accounts.web;

import dk.samvirke.accounts.LocalPath;
import dk.samvirke.accounts.SecondFactor;
import dk.samvirke.accounts.SecondFactor.Outcome;
import dk.samvirke.accounts.SignedInUser;
import dk.samvirke.accounts.SingleSignOn;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in form (Spring Security handles its POST), the administrators' second step, and SSO's dead end. */
@Controller
class SignInController {

    private final SingleSignOn singleSignOn;
    private final SecondFactor secondFactor;
    private final MessageSource messages;

    SignInController(SingleSignOn singleSignOn, SecondFactor secondFactor, MessageSource messages) {
        this.singleSignOn = singleSignOn;
        this.secondFactor = secondFactor;
        this.messages = messages;
    }

    @GetMapping("/login")
    String login(HttpServletRequest request, Model model) {
        var continueTo = LocalPath.of(request.getParameter(LocalPath.PARAMETER));
        if (SignedInUser.current().isPresent()) {
            return "redirect:" + continueTo.orElse("/konto");
        }
        model.addAttribute("continueTo", continueTo.orElse(null));
        String notice = notice(request);
        model.addAttribute("notice", notice);
        model.addAttribute("noticeKind", switch (notice == null ? "" : notice) {
            case "error", "ssoError", "attempts" -> "error";
            case "expired" -> "warning";
            default -> "success";
        });
        model.addAttribute("singleSignOn", singleSignOn.isConfigured() ? singleSignOn.startPath() : null);
        return "accounts/login";
    }

    /** Which message the form shows, from the query Spring Security and the sign-in steps redirect with. */
    private static String notice(HttpServletRequest request) {
        for (String notice : new String[] {"error", "logout", "expired", "attempts", "passwordSet"}) {
            if (request.getParameter(notice) != null) {
                return "sso".equals(request.getParameter("error")) ? "ssoError" : notice;
            }
        }
        return null;
    }

    @GetMapping("/login/ingen-konto")
    String noAccount() {
        return "accounts/no-account";
    }

    @GetMapping("/login/totp")
    String codeForm() {
        return secondFactor.pending().filter(p -> !p.enrolment()).isPresent() ? "accounts/totp" : "redirect:/login";
    }

    @PostMapping("/login/totp")
    String code(@RequestParam(defaultValue = "") String code, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        var result = secondFactor.verify(code, request, response);
        if (result.outcome() == Outcome.WRONG_CODE) {
            model.addAttribute("wrongCode", true);
            return "accounts/totp";
        }
        if (result.outcome() == Outcome.LOCKED) {
            return locked(result, response, model, "accounts/totp");
        }
        return "redirect:" + result.next();
    }

    /** Too many wrong codes for the account, from wherever: 429 with the wait, on the same form. */
    private static String locked(SecondFactor.Result result, HttpServletResponse response, Model model, String view) {
        response.setStatus(429);
        response.setHeader("Retry-After", String.valueOf(result.retryAfterSeconds()));
        model.addAttribute("lockedMinutes", Math.max(1, (result.retryAfterSeconds() + 59) / 60));
        return view;
    }

    /** The recovery codes, right after the second factor is set up: shown this once. */
    @GetMapping(SecondFactor.RECOVERY_CODES_PAGE)
    String recoveryCodes(HttpSession session, Model model) {
        var shown = secondFactor.takeNewRecoveryCodes(session);
        if (shown.isEmpty()) {
            return "redirect:/konto";
        }
        model.addAttribute("codes", shown.get().codes());
        model.addAttribute("next", shown.get().next());
        return "accounts/recovery-codes";
    }

    @GetMapping("/konto/totp")
    String enrolForm(HttpSession session, Model model) {
        var enrolment = secondFactor.enrolment(session);
        if (enrolment.isEmpty()) {
            return "redirect:/login";
        }
        model.addAttribute("enrolment", enrolment.get());
        return "accounts/totp-enrol";
    }

    @GetMapping("/konto/totp/qr.svg")
    ResponseEntity<String> qrCode(HttpSession session, Locale locale) {
        String title = messages.getMessage("totp.enrol.qr", null, locale);
        return secondFactor.qrCodeSvg(session, title)
                .map(svg -> ResponseEntity.ok().cacheControl(CacheControl.noStore())
                        .contentType(MediaType.valueOf("image/svg+xml")).body(svg))
                .orElse(ResponseEntity.notFound().build());
    }

    @PostMapping("/konto/totp")
    String enrol(@RequestParam(defaultValue = "") String code, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        var result = secondFactor.confirmEnrolment(code, request, response);
        if (result.outcome() == Outcome.LOCKED) {
            model.addAttribute("enrolment", secondFactor.enrolment(request.getSession()).orElseThrow());
            return locked(result, response, model, "accounts/totp-enrol");
        }
        if (result.outcome() == Outcome.WRONG_CODE) {
            model.addAttribute("wrongCode", true);
            model.addAttribute("enrolment", secondFactor.enrolment(request.getSession()).orElseThrow());
            return "accounts/totp-enrol";
        }
        return "redirect:" + result.next();
    }
}
