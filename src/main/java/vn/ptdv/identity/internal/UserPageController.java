package vn.ptdv.identity.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ptdv.identity.internal.UserForms.ChangeForm;
import vn.ptdv.identity.internal.UserForms.CreateForm;
import vn.ptdv.identity.internal.UserForms.PasswordForm;
import vn.ptdv.organization.OrganizationDirectory;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.shared.CurrentUser;
import vn.ptdv.shared.PageResult;
import vn.ptdv.shared.Problems;
import vn.ptdv.shared.web.FormSubmission;
import vn.ptdv.shared.web.FormSubmission.Done;

/** Account pages: managers list, create and edit the accounts of their scope; everyone changes their password. */
@Controller
class UserPageController {
    private final AccountService accounts;
    private final OrganizationDirectory organizations;

    UserPageController(AccountService accounts, OrganizationDirectory organizations) {
        this.accounts = accounts;
        this.organizations = organizations;
    }

    @GetMapping("/users")
    String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("q", Problems.optional(q));
        model.addAttribute("users", accounts.page(q, Math.max(page, 0), PageResult.DEFAULT_SIZE));
        return "identity/users";
    }

    @GetMapping("/users/new")
    String createForm(Model model) {
        CurrentUser manager = accounts.requireManager();
        String home = manager.homeOrganizationId() == null ? null
                : organizations.findById(manager.homeOrganizationId()).map(OrganizationRef::code).orElse(null);
        model.addAttribute("form", CreateForm.blank(home));
        return createView(model);
    }

    @PostMapping("/users/new")
    String create(@ModelAttribute("form") CreateForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        accounts.requireManager();
        return FormSubmission.submit(binding, redirect, () -> {
            UserRow created = accounts.createChecked(form.parse());
            return Done.to("/users/" + created.username(), "user.created", created.username());
        }, () -> createView(model));
    }

    private String createView(Model model) {
        model.addAttribute("roles", CurrentUser.require().role().grantable());
        return "identity/user-create";
    }

    @GetMapping("/users/{username}")
    String details(@PathVariable String username, Model model) {
        UserRow account = accounts.requireVisible(username);
        model.addAttribute("form", ChangeForm.of(account));
        model.addAttribute("passwordForm", PasswordForm.blank());
        return detailsView(account, model);
    }

    @PostMapping("/users/{username}")
    String edit(@PathVariable String username, @ModelAttribute("form") ChangeForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        accounts.requireManager();
        return FormSubmission.submit(binding, redirect, () -> {
            accounts.change(form.parseWhole(username));
            return Done.to("/users/" + username, "user.updated", username);
        }, () -> {
            model.addAttribute("passwordForm", PasswordForm.blank());
            return detailsView(accounts.requireVisible(username), model);
        });
    }

    @PostMapping("/users/{username}/password")
    String resetPassword(@PathVariable String username, @ModelAttribute("passwordForm") PasswordForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        accounts.requireManager();
        return FormSubmission.submit(binding, redirect, () -> {
            accounts.resetPassword(form.parseReset(username));
            return Done.to("/users/" + username, "user.passwordReset", username);
        }, () -> {
            UserRow account = accounts.requireVisible(username);
            model.addAttribute("form", ChangeForm.of(account));
            return detailsView(account, model);
        });
    }

    private String detailsView(UserRow account, Model model) {
        model.addAttribute("account", account);
        model.addAttribute("mayManage", accounts.mayManage(account));
        model.addAttribute("roles", CurrentUser.require().role().grantable());
        return "identity/user-details";
    }

    @GetMapping("/account/password")
    String passwordForm(Model model) {
        model.addAttribute("form", PasswordForm.blank());
        return "identity/password";
    }

    @PostMapping("/account/password")
    String changePassword(@ModelAttribute("form") PasswordForm form, BindingResult binding,
            RedirectAttributes redirect) {
        return FormSubmission.submit(binding, redirect, () -> {
            accounts.changeOwnPassword(form.parseChange());
            return Done.to("/", "user.passwordChanged");
        }, () -> "identity/password");
    }
}
