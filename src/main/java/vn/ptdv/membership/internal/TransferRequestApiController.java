package vn.ptdv.membership.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ptdv.membership.internal.MembershipForms.TransferAnswerForm;
import vn.ptdv.shared.Problems;

@RestController
@Tag(name = "Chuyển sinh hoạt ngoài phạm vi",
        description = "Yêu cầu chuyển sinh hoạt đảng đến chi bộ ngoài phạm vi của bên chuyển, chờ bên nhận tiếp nhận")
class TransferRequestApiController {
    private final TransferRequests transfers;

    TransferRequestApiController(TransferRequests transfers) {
        this.transfers = transfers;
    }

    /**
     * {@code toOrganizationName} is given only to a caller who sees the destination; {@code requestedBy}
     * and {@code decidedBy} (accounts) only to the side they belong to.
     */
    record TransferResponse(long id, long memberId, String memberName, LocalDate memberBirthDate,
            String fromOrganizationCode, String fromOrganizationName, String toOrganizationCode,
            String toOrganizationName, LocalDate requestedOn, String note, String state, String requestedBy,
            LocalDate decidedOn, String decidedBy, String reason) {
    }

    @GetMapping("/api/v1/transfer-requests")
    @Operation(summary = "Yêu cầu chuyển sinh hoạt đến phạm vi (incoming) hoặc đi từ phạm vi (outgoing) của người gọi")
    List<TransferResponse> list(@RequestParam(required = false) String direction) {
        Problems problems = new Problems("transfer");
        TransferDirection chosen = problems.oneOf("direction",
                direction == null ? null : direction.strip().toUpperCase(Locale.ROOT), TransferDirection.class, false);
        problems.throwIfAny();
        return transfers.list(chosen == null ? TransferDirection.INCOMING : chosen).stream()
                .map(TransferRequestApiController::response).toList();
    }

    @GetMapping("/api/v1/transfer-requests/{id}")
    @Operation(summary = "Một yêu cầu chuyển sinh hoạt")
    TransferResponse get(@PathVariable long id) {
        return response(transfers.requireVisible(id));
    }

    @PostMapping("/api/v1/transfer-requests/{id}/accept")
    @Operation(summary = "Bên nhận tiếp nhận: đảng viên chuyển đến chi bộ nhận từ hôm nay")
    TransferResponse accept(@PathVariable long id) {
        return response(transfers.answer(TransferAnswerForm.blank().parse(id, TransferState.ACCEPTED)));
    }

    @PostMapping("/api/v1/transfer-requests/{id}/decline")
    @Operation(summary = "Bên nhận từ chối, nêu lý do (bắt buộc)")
    TransferResponse decline(@PathVariable long id, @RequestBody(required = false) TransferAnswerForm body) {
        return response(transfers.answer(form(body).parse(id, TransferState.DECLINED)));
    }

    @PostMapping("/api/v1/transfer-requests/{id}/withdraw")
    @Operation(summary = "Bên chuyển rút lại yêu cầu đang chờ")
    TransferResponse withdraw(@PathVariable long id, @RequestBody(required = false) TransferAnswerForm body) {
        return response(transfers.answer(form(body).parse(id, TransferState.WITHDRAWN)));
    }

    private static TransferAnswerForm form(TransferAnswerForm body) {
        return body == null ? TransferAnswerForm.blank() : body;
    }

    static TransferResponse response(TransferRequests.Seen seen) {
        TransferRequestRow r = seen.request();
        return new TransferResponse(r.id(), r.memberId(), r.memberName(), r.memberBirthDate(), r.fromCode(),
                r.fromName(), r.toCode(), seen.destinationName(), r.requestedOn(), r.note(), r.state().name(),
                seen.requestedBy(), r.decidedOn(), seen.decidedBy(), r.reason());
    }
}
