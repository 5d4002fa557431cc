package vn.ptdv.identity;

/** Accounts for other modules (the demo dataset, the tests' fixtures), with the rules of the pages. */
public interface UserAccounts {

    /** Creates the account as the signed-in user (or the system), who must be allowed to grant its role. */
    void create(NewAccount account);

    boolean exists(String username);
}
