package vn.ptdv.membership.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ptdv.membership.NewPerson;
import vn.ptdv.membership.PersonDetails;
import vn.ptdv.shared.DateInput;
import vn.ptdv.shared.Messages;
import vn.ptdv.shared.PageResult;
import vn.ptdv.shared.Problems;

@RestController
@Tag(name = "Người", description = "Hồ sơ người (quần chúng và đảng viên) trong phạm vi của tài khoản")
class PersonApiController {
    private final PersonService people;
    private final Messages messages;

    PersonApiController(PersonService people, Messages messages) {
        this.people = people;
        this.messages = messages;
    }

    record PersonRequest(String fullName, String birthDate, String gender, String nationalId, String ethnicity,
            String religion, String generalEducation, String qualification, String occupation,
            String residenceOrganizationCode, String residenceAddress, String phone, String occupationCategory,
            String professionalLevel, String politicalTheory, Boolean youthUnionMember, Integer version) {
        NewPerson parse() {
            Problems problems = new Problems("person");
            NewPerson person = new PersonDetails(fullName, birthDate, gender, nationalId, ethnicity, religion,
                    generalEducation, qualification, occupation, residenceOrganizationCode, residenceAddress, phone,
                    occupationCategory, professionalLevel, politicalTheory,
                    youthUnionMember == null ? null : youthUnionMember.toString())
                    .parse(DateInput.API, problems, "");
            problems.throwIfAny();
            return person;
        }
    }

    record PersonResponse(long id, String fullName, LocalDate birthDate, String gender, String nationalId,
            String ethnicity, String religion, String generalEducation, String qualification, String occupation,
            String residenceOrganizationCode, String residenceAddress, String phone, String occupationCategory,
            String professionalLevel, String politicalTheory, Boolean youthUnionMember, int version,
            List<WarningResponse> warnings) {
    }

    record PersonListItem(long id, String fullName, LocalDate birthDate, String gender, String nationalId,
            String residenceOrganizationCode) {
    }

    record WarningResponse(String code, String message) {
    }

    @PostMapping("/api/v1/people")
    @Operation(summary = "Thêm một người; CCCD sai lệch với giới tính hoặc năm sinh chỉ được cảnh báo")
    ResponseEntity<PersonResponse> create(@RequestBody PersonRequest body) {
        PersonService.Saved saved = people.create(body.parse());
        return ResponseEntity.created(URI.create("/api/v1/people/" + saved.person().id()))
                .body(response(saved.person(), saved.warnings()));
    }

    @PutMapping("/api/v1/people/{id}")
    @Operation(summary = "Sửa toàn bộ thông tin một người (kèm version đã đọc)")
    PersonResponse update(@PathVariable long id, @RequestBody PersonRequest body) {
        PersonService.Saved saved = people.update(id, body.parse(), body.version());
        return response(saved.person(), saved.warnings());
    }

    @GetMapping("/api/v1/people/{id}")
    @Operation(summary = "Một người trong phạm vi, số CCCD đã che (số đầy đủ: /national-id)")
    PersonResponse get(@PathVariable long id) {
        PersonRow person = people.requireVisible(id);
        return response(person, people.warnings(person));
    }

    record NationalIdResponse(long id, String nationalId) {
    }

    @GetMapping("/api/v1/people/{id}/national-id")
    @Operation(summary = "Số CCCD đầy đủ của một người (các câu trả lời khác chỉ hiện số đã che); mỗi lần xem được ghi"
            + " nhật ký; tài khoản chỉ xem không được xem")
    NationalIdResponse nationalId(@PathVariable long id) {
        return new NationalIdResponse(id, people.revealNationalId(id, "api"));
    }

    @GetMapping("/api/v1/people")
    @Operation(summary = "Tìm người trong phạm vi theo tên (không phân biệt dấu) hoặc đúng 12 số CCCD")
    PageResult<PersonListItem> search(@RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Integer size) {
        return people.search(q, Math.max(page, 0), PageResult.clampSize(size)).map(p -> new PersonListItem(p.id(),
                p.fullName(), p.birthDate(), p.gender().name(), p.maskedNationalId(), p.residenceOrganizationCode()));
    }

    private PersonResponse response(PersonRow p, List<NationalIdCheck.Warning> warnings) {
        return new PersonResponse(p.id(), p.fullName(), p.birthDate(), p.gender().name(), p.maskedNationalId(),
                p.ethnicity(),
                p.religion().name(), p.generalEducation(), p.qualification(), p.occupation(),
                p.residenceOrganizationCode(), p.residenceAddress(), p.phone(), name(p.occupationCategory()),
                name(p.professionalLevel()), name(p.politicalTheory()), p.youthUnionMember(), p.version(),
                warnings.stream().map(w -> new WarningResponse(w.code(), messages.text(w.messageKey(),
                        w.args().toArray()))).toList());
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
