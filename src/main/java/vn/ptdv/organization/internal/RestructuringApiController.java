package vn.ptdv.organization.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ptdv.shared.DateInput;

@RestController
@Tag(name = "Sắp xếp tổ chức", description = "Đổi tên, chuyển, sáp nhập, chia tách, giải thể tổ chức đảng từ một ngày")
class RestructuringApiController {
    private final RestructuringService service;
    private final OrganizationService organizations;
    private final RestructuringHistory history;

    RestructuringApiController(RestructuringService service, OrganizationService organizations,
            RestructuringHistory history) {
        this.service = service;
        this.organizations = organizations;
        this.history = history;
    }

    record Response(long id, String type, LocalDate effectiveDate, String directive, List<Participant> organizations) {
    }

    record Participant(String code, String name, String role) {
    }

    @PostMapping("/api/v1/restructurings")
    @Operation(summary = "Ghi nhận một lần sắp xếp tổ chức có hiệu lực từ một ngày (không sau hôm nay)")
    ResponseEntity<Response> create(@RequestBody RestructuringRequest body) {
        long id = service.apply(body.parse(DateInput.API));
        return ResponseEntity.created(URI.create("/api/v1/restructurings/" + id)).body(response(history.get(id)));
    }

    @GetMapping("/api/v1/restructurings/{id}")
    @Operation(summary = "Một lần sắp xếp tổ chức")
    Response get(@PathVariable long id) {
        return response(history.get(id));
    }

    @GetMapping("/api/v1/restructurings")
    @Operation(summary = "Các lần sắp xếp liên quan đến một tổ chức")
    List<Response> list(@RequestParam String organization) {
        return history.of(organizations.requireRecord(organization).id()).stream().map(this::response).toList();
    }

    private Response response(RestructuringHistory.Entry entry) {
        return new Response(entry.id(), entry.type().name(), entry.effectiveDate(), entry.directive(),
                entry.organizations().stream().map(o -> new Participant(o.code(), o.name(), o.role())).toList());
    }
}
