package vn.ptdv.identity;

import org.springframework.stereotype.Service;
import vn.ptdv.identity.internal.AccountService;

/** Creating accounts from other modules (the demo dataset), with the same rules as the pages. */
@Service
public class UserAccounts {
    private final AccountService accounts;

    UserAccounts(AccountService accounts) {
        this.accounts = accounts;
    }

    public void create(NewAccount account) {
        accounts.create(account);
    }

    public boolean exists(String username) {
        return accounts.exists(username);
    }
}
