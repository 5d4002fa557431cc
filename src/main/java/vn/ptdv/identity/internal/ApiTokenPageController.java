package vn.ptdv.identity.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ptdv.shared.DateInput;
import vn.ptdv.shared.FormErrors;
import vn.ptdv.shared.InvalidInputException;
import vn.ptdv.shared.Problems;
import vn.ptdv.shared.SearchText;

/** The account's API tokens: listed, created (the token shown once, on the answer itself) and revoked. */
@Controller
class ApiTokenPageController {
    static final int MAX_NAME = 100;

    private final ApiTokens tokens;
    private final Clock clock;

    ApiTokenPageController(ApiTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /** A token to create, as typed on the page. */
    record TokenForm(String name, String expiresOn) {
        static TokenForm blank() {
            return new TokenForm(null, null);
        }

        ApiTokens.NewToken parse() {
            Problems problems = new Problems("apiToken");
            String text = problems.required("name", name);
            problems.maxLength("name", text, MAX_NAME);
            LocalDate expires = problems.date("expiresOn", expiresOn, false, DateInput.PAGE);
            problems.throwIfAny();
            return new ApiTokens.NewToken(SearchText.normalizeName(text), expires);
        }
    }

    @GetMapping("/account/tokens")
    String list(Model model) {
        model.addAttribute("form", TokenForm.blank());
        return view(model);
    }

    /** Answered with the page itself, so that the token's text is in no URL, redirect or session. */
    @PostMapping("/account/tokens")
    String create(@ModelAttribute("form") TokenForm form, BindingResult binding, Model model) {
        try {
            ApiTokens.Created created = tokens.create(form.parse());
            model.addAttribute("created", created);
            model.addAttribute("form", TokenForm.blank());
        } catch (InvalidInputException refused) {
            FormErrors.reject(binding, refused);
        }
        return view(model);
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        ApiTokenStore.TokenRow token = tokens.revoke(id);
        redirect.addFlashAttribute("notice", "apiToken.revoked");
        redirect.addFlashAttribute("noticeArgs", new Object[] {token.name()});
        return "redirect:/account/tokens";
    }

    private String view(Model model) {
        model.addAttribute("tokens", tokens.mine());
        model.addAttribute("today", LocalDate.now(clock));
        return "identity/tokens";
    }
}
