package vn.ptdv.identity.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ptdv.identity.internal.UserForms.ChangeForm;
import vn.ptdv.identity.internal.UserForms.CreateRequest;
import vn.ptdv.shared.CurrentUser;
import vn.ptdv.shared.PageResult;

@RestController
@Tag(name = "Tài khoản", description = "Tài khoản người dùng trong phạm vi của tài khoản gọi API")
class UserApiController {
    private final AccountService accounts;

    UserApiController(AccountService accounts) {
        this.accounts = accounts;
    }

    record UserResponse(String username, String fullName, String role, String organizationCode, String organizationName,
            boolean enabled, int version) {
    }

    @PostMapping("/api/v1/users")
    @Operation(summary = "Tạo tài khoản (vai trò hẹp hơn vai trò của người tạo, thuộc tổ chức trong phạm vi)")
    ResponseEntity<UserResponse> create(@RequestBody CreateRequest body) {
        accounts.requireManager(); // who may create accounts at all, before what was sent
        UserRow created = accounts.createChecked(body.parse());
        return ResponseEntity.created(URI.create("/api/v1/users/" + created.username())).body(response(created));
    }

    @GetMapping("/api/v1/users")
    @Operation(summary = "Các tài khoản trong phạm vi, tìm theo tên đăng nhập hoặc họ tên")
    PageResult<UserResponse> list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) Integer size) {
        return accounts.page(q, Math.max(page, 0), PageResult.clampSize(size)).map(this::response);
    }

    @GetMapping("/api/v1/users/{username}")
    @Operation(summary = "Một tài khoản trong phạm vi")
    UserResponse get(@PathVariable String username) {
        return response(accounts.requireVisible(username));
    }

    @PatchMapping("/api/v1/users/{username}")
    @Operation(summary = "Sửa họ tên, vai trò, tổ chức, hoặc khóa/mở tài khoản")
    UserResponse patch(@PathVariable String username, @RequestBody ChangeForm body) {
        accounts.requireManager();
        return response(accounts.change(body.parse(username)));
    }

    @GetMapping("/api/v1/me")
    @Operation(summary = "Tài khoản đang gọi API và phạm vi của nó")
    UserResponse me() {
        return response(accounts.requireVisible(CurrentUser.require().username()));
    }

    private UserResponse response(UserRow row) {
        return new UserResponse(row.username(), row.fullName(), row.role().name(), row.organizationCode(),
                row.organizationName(), row.enabled(), row.version());
    }
}
