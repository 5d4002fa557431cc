package vn.ptdv.calendar.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ptdv.calendar.OfficialDays;
import vn.ptdv.calendar.internal.OfficialDayForms.DayForm;
import vn.ptdv.calendar.internal.OfficialDayForms.RemoveForm;
import vn.ptdv.shared.DateInput;

@RestController
@Tag(name = "Lịch nghỉ lễ", description = "Ngày nghỉ lễ, Tết và ngày làm bù chính thức của từng năm (quản trị hệ thống)")
class OfficialDayApiController {
    private final OfficialDayService service;

    OfficialDayApiController(OfficialDayService service) {
        this.service = service;
    }

    record DayRequest(String kind, String name, String source) {
    }

    @GetMapping("/api/v1/official-days")
    @Operation(summary = "Lịch ngày nghỉ lễ và ngày làm bù của một năm; followsRule khi năm đó chưa nhập lịch chính thức "
            + "(các ngày theo Bộ luật Lao động có hiệu lực năm đó)")
    OfficialDayService.YearSchedule get(@RequestParam(required = false) Integer year) {
        service.requireAdministrator();
        return service.schedule(service.year(year));
    }

    @PutMapping("/api/v1/official-days/{date}")
    @Operation(summary = "Thêm hoặc sửa một ngày: kind DAY_OFF (nghỉ) hoặc WORKING_DAY (làm bù vào thứ Bảy, Chủ nhật)")
    OfficialDays.Day put(@PathVariable String date, @RequestBody DayRequest body) {
        service.requireAdministrator();
        return service.put(new DayForm(date, body.kind(), body.name(), body.source()).parse(DateInput.API));
    }

    @DeleteMapping("/api/v1/official-days/{date}")
    @Operation(summary = "Bỏ một ngày khỏi lịch của năm")
    ResponseEntity<Void> delete(@PathVariable String date) {
        service.requireAdministrator();
        service.remove(new RemoveForm(date, null).parse(DateInput.API));
        return ResponseEntity.noContent().build();
    }
}
