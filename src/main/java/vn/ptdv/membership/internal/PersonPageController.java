package vn.ptdv.membership.internal;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ptdv.membership.PersonForm;
import vn.ptdv.membership.PersonRef;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.organization.OrganizationDirectory;
import vn.ptdv.shared.DateInput;
import vn.ptdv.shared.FormErrors;
import vn.ptdv.shared.InvalidInputException;
import vn.ptdv.shared.Messages;
import vn.ptdv.shared.PageResult;
import vn.ptdv.shared.Problems;

/** Pages of people: search, details with their memberships, register and correct. */
@Controller
class PersonPageController {
    private final PersonService people;
    private final MemberService members;
    private final OrganizationDirectory organizations;
    private final AccessScope scope;
    private final Messages messages;

    PersonPageController(PersonService people, MemberService members, OrganizationDirectory organizations,
            AccessScope scope, Messages messages) {
        this.people = people;
        this.members = members;
        this.organizations = organizations;
        this.scope = scope;
        this.messages = messages;
    }

    @ModelAttribute
    void choices(Model model) {
        MembershipPageModel.choices(model);
    }

    @GetMapping("/people")
    String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("q", Problems.optional(q));
        model.addAttribute("people", people.search(q, Math.max(page, 0), PageResult.DEFAULT_SIZE));
        return "membership/people";
    }

    @GetMapping("/people/new")
    String createForm(@RequestParam(required = false) String organization, Model model) {
        PersonForm form = new PersonForm();
        if (organization != null) {
            form.setResidenceOrganizationCode(organizations.requireVisible(organization).code());
        }
        model.addAttribute("form", form);
        return "membership/person-form";
    }

    @PostMapping("/people/new")
    String create(@ModelAttribute("form") PersonForm form, BindingResult binding, RedirectAttributes redirect) {
        try {
            PersonService.Saved saved = people.create(form.details(), DateInput.PAGE);
            redirect.addFlashAttribute("notice", "person.created");
            redirect.addFlashAttribute("noticeArgs", new Object[] {saved.person().fullName()});
            redirect.addFlashAttribute("warnings", texts(saved.warnings()));
            return "redirect:/people/" + saved.person().id();
        } catch (InvalidInputException refused) {
            FormErrors.reject(binding, refused);
            return "membership/person-form";
        }
    }

    @GetMapping("/people/{id}")
    String details(@PathVariable long id, Model model) {
        PersonRow person = people.requireVisible(id);
        model.addAttribute("person", person);
        model.addAttribute("memberships", members.membershipsOf(id));
        model.addAttribute("personWarnings", texts(people.warnings(person)));
        model.addAttribute("today", scope.today());
        model.addAttribute("mayWrite", scope.user().role().canWrite());
        return "membership/person";
    }

    @GetMapping("/people/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        PersonRow person = people.requireVisible(id);
        model.addAttribute("person", person);
        model.addAttribute("form", PersonForm.of(new PersonRef(person.id(), person.fullName(), person.birthDate(), person.gender(), person.nationalId(), person.ethnicity(), person.religion(), person.generalEducation(), person.residenceOrganizationId()), person.residenceOrganizationCode(), person.qualification(), person.occupation(), person.residenceAddress(), person.phone(), person.version()));
        return "membership/person-form";
    }

    @PostMapping("/people/{id}/edit")
    String edit(@PathVariable long id, @ModelAttribute("form") PersonForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        try {
            PersonService.Saved saved = people.update(id, form.details(), form.getVersion(), DateInput.PAGE);
            redirect.addFlashAttribute("notice", "person.updated");
            redirect.addFlashAttribute("noticeArgs", new Object[] {saved.person().fullName()});
            redirect.addFlashAttribute("warnings", texts(saved.warnings()));
            return "redirect:/people/" + id;
        } catch (InvalidInputException refused) {
            FormErrors.reject(binding, refused);
            model.addAttribute("person", people.requireVisible(id));
            return "membership/person-form";
        }
    }

    private List<String> texts(List<NationalIdCheck.Warning> warnings) {
        return warnings.stream().map(w -> messages.text(w.messageKey(), w.args().toArray())).toList();
    }
}
