package vn.ptdv.identity.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ptdv.identity.NewAccount;
import vn.ptdv.identity.internal.UserForms.CreateForm;
import vn.ptdv.identity.internal.UserForms.EditForm;
import vn.ptdv.identity.internal.UserForms.PasswordForm;
import vn.ptdv.organization.OrganizationDirectory;
import vn.ptdv.shared.CurrentUser;
import vn.ptdv.shared.FormErrors;
import vn.ptdv.shared.InvalidInputException;
import vn.ptdv.shared.PageResult;
import vn.ptdv.shared.Problems;

/** Account pages: managers list, create and edit the accounts of their scope; everyone changes their password. */
@Controller
class UserPageController {
    private final AccountService accounts;
    private final OrganizationDirectory organizations;
    private final Clock clock;

    UserPageController(AccountService accounts, OrganizationDirectory organizations, Clock clock) {
        this.accounts = accounts;
        this.organizations = organizations;
        this.clock = clock;
    }

    @GetMapping("/users")
    String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("q", Problems.optional(q));
        model.addAttribute("users", accounts.page(q, Math.max(page, 0), PageResult.DEFAULT_SIZE));
        model.addAttribute("now", OffsetDateTime.now(clock));
        return "identity/users";
    }

    @GetMapping("/users/new")
    String createForm(Model model) {
        CurrentUser manager = CurrentUser.require();
        CreateForm form = new CreateForm();
        if (manager.homeOrganizationId() != null) {
            organizations.findById(manager.homeOrganizationId()).ifPresent(o -> form.setOrganizationCode(o.code()));
        }
        accounts.requireManager();
        model.addAttribute("form", form);
        return createView(model);
    }

    @PostMapping("/users/new")
    String create(@ModelAttribute("form") CreateForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        try {
            if (form.getPassword() != null && !form.getPassword().equals(form.getConfirmation())) {
                new Problems("user").refuse("confirmation", "user.password.mismatch").throwIfAny();
            }
            UserRow created = accounts.create(new NewAccount(form.getUsername(), form.getPassword(), form.getFullName(),
                    form.getRole(), form.getOrganizationCode()));
            redirect.addFlashAttribute("notice", "user.created");
            redirect.addFlashAttribute("noticeArgs", new Object[] {created.username()});
            return "redirect:/users/" + created.username();
        } catch (InvalidInputException refused) {
            FormErrors.reject(binding, refused);
            form.setPassword(null);
            form.setConfirmation(null);
            return createView(model);
        }
    }

    private String createView(Model model) {
        model.addAttribute("roles", CurrentUser.require().role().grantable());
        return "identity/user-create";
    }

    @GetMapping("/users/{username}")
    String details(@PathVariable String username, Model model) {
        UserRow account = accounts.requireVisible(username);
        model.addAttribute("form", editFormOf(account));
        model.addAttribute("passwordForm", new PasswordForm());
        return detailsView(account, model);
    }

    @PostMapping("/users/{username}")
    String edit(@PathVariable String username, @ModelAttribute("form") EditForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        try {
            accounts.change(username, new AccountChange(form.getFullName(), form.getRole(), form.getOrganizationCode(),
                    form.isEnabled(), form.getVersion()));
            redirect.addFlashAttribute("notice", "user.updated");
            redirect.addFlashAttribute("noticeArgs", new Object[] {username});
            return "redirect:/users/" + username;
        } catch (InvalidInputException refused) {
            FormErrors.reject(binding, refused);
            model.addAttribute("passwordForm", new PasswordForm());
            return detailsView(accounts.requireVisible(username), model);
        }
    }

    @PostMapping("/users/{username}/password")
    String resetPassword(@PathVariable String username, @ModelAttribute("passwordForm") PasswordForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        try {
            accounts.resetPassword(username, form.getPassword(), form.getConfirmation());
            redirect.addFlashAttribute("notice", "user.passwordReset");
            redirect.addFlashAttribute("noticeArgs", new Object[] {username});
            return "redirect:/users/" + username;
        } catch (InvalidInputException refused) {
            FormErrors.reject(binding, refused);
            UserRow account = accounts.requireVisible(username);
            model.addAttribute("form", editFormOf(account));
            return detailsView(account, model);
        }
    }

    private static EditForm editFormOf(UserRow account) {
        EditForm form = new EditForm();
        form.setFullName(account.fullName());
        form.setRole(account.role().name());
        form.setOrganizationCode(account.organizationCode());
        form.setEnabled(account.enabled());
        form.setVersion(account.version());
        return form;
    }

    private String detailsView(UserRow account, Model model) {
        model.addAttribute("account", account);
        model.addAttribute("mayManage", accounts.mayManage(account));
        model.addAttribute("roles", CurrentUser.require().role().grantable());
        return "identity/user-details";
    }

    @GetMapping("/account/password")
    String passwordForm(Model model) {
        model.addAttribute("form", new PasswordForm());
        return "identity/password";
    }

    @PostMapping("/account/password")
    String changePassword(@ModelAttribute("form") PasswordForm form, BindingResult binding,
            RedirectAttributes redirect) {
        try {
            accounts.changeOwnPassword(form.getCurrentPassword(), form.getPassword(), form.getConfirmation());
            redirect.addFlashAttribute("notice", "user.passwordChanged");
            return "redirect:/";
        } catch (InvalidInputException refused) {
            FormErrors.reject(binding, refused);
            return "identity/password";
        }
    }
}
