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
import vn.ptdv.membership.NewPerson;
import vn.ptdv.membership.PersonDetails;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.organization.OrganizationDirectory;
import vn.ptdv.shared.DateInput;
import vn.ptdv.shared.Messages;
import vn.ptdv.shared.PageResult;
import vn.ptdv.shared.Problems;
import vn.ptdv.shared.web.FormSubmission;
import vn.ptdv.shared.web.FormSubmission.Done;

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

    /** A person's fields on the page, and the version of the record as read (when correcting one). */
    record PersonPageForm(PersonDetails person, Integer version) {
        /** A post without any person field still shows the form again (the page reads {@code person.*}). */
        PersonPageForm {
            person = person == null ? PersonDetails.blank(null) : person;
        }

        NewPerson parse() {
            Problems problems = new Problems("person");
            NewPerson parsed = person.parse(DateInput.PAGE, problems, "person.");
            problems.throwIfAny();
            return parsed;
        }
    }

    @GetMapping("/people/new")
    String createForm(@RequestParam(required = false) String organization, Model model) {
        String residence = organization == null ? null : organizations.requireVisible(organization).code();
        model.addAttribute("form", new PersonPageForm(PersonDetails.blank(residence), null));
        return "membership/person-form";
    }

    @PostMapping("/people/new")
    String create(@ModelAttribute("form") PersonPageForm form, BindingResult binding, RedirectAttributes redirect) {
        return FormSubmission.submit(binding, redirect, () -> {
            PersonService.Saved saved = people.create(form.parse());
            return Done.to("/people/" + saved.person().id(), "person.created", saved.person().fullName())
                    .warning(texts(saved.warnings()));
        }, () -> "membership/person-form");
    }

    @GetMapping("/people/{id}")
    String details(@PathVariable long id, Model model) {
        PersonRow person = people.requireVisible(id);
        model.addAttribute("person", person);
        // A member serving in the scope may live outside it: their residence is then named, not linked.
        model.addAttribute("residenceVisible", scope.canSee(person.residenceOrganizationId()));
        model.addAttribute("memberships", members.membershipsOf(id));
        model.addAttribute("personWarnings", texts(people.warnings(person)));
        model.addAttribute("today", scope.today());
        model.addAttribute("mayWrite", scope.user().role().canWrite());
        return "membership/person";
    }

    /**
     * "Xem số CCCD đầy đủ": the person's page once more with the full number, written in the audit
     * log (answered directly, not redirected, so that the number is in no session or URL).
     */
    @PostMapping("/people/{id}/national-id")
    String revealNationalId(@PathVariable long id, Model model) {
        String nationalId = people.revealNationalId(id, "page");
        String view = details(id, model);
        model.addAttribute("revealedNationalId", nationalId);
        return view;
    }

    @GetMapping("/people/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        PersonRow p = people.requireVisible(id);
        if (p.nationalId() != null) {
            // The form holds the full number to correct it: opening it is a reading of the number.
            people.revealNationalId(id, "edit");
        }
        model.addAttribute("person", p);
        model.addAttribute("form", new PersonPageForm(new NewPerson(p.fullName(), p.birthDate(), p.gender(),
                p.nationalId(), p.ethnicity(), p.religion(), p.generalEducation(), p.qualification(), p.occupation(),
                p.residenceOrganizationCode(), p.residenceAddress(), p.phone(), p.occupationCategory(),
                p.professionalLevel(), p.politicalTheory(), p.youthUnionMember()).details(), p.version()));
        return "membership/person-form";
    }

    @PostMapping("/people/{id}/edit")
    String edit(@PathVariable long id, @ModelAttribute("form") PersonPageForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        return FormSubmission.submit(binding, redirect, () -> {
            PersonService.Saved saved = people.update(id, form.parse(), form.version());
            return Done.to("/people/" + id, "person.updated", saved.person().fullName())
                    .warning(texts(saved.warnings()));
        }, () -> {
            model.addAttribute("person", people.requireVisible(id));
            return "membership/person-form";
        });
    }

    private List<String> texts(List<NationalIdCheck.Warning> warnings) {
        return warnings.stream().map(w -> messages.text(w.messageKey(), w.args().toArray())).toList();
    }
}
