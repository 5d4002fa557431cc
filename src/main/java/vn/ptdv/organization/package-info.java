/**
 * The tree of party organizations and its history: where each organization sat on any date,
 * "the subtree of X on date D" as one indexed query, and the scope of the signed-in user.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organizations")
package vn.ptdv.organization;
