package vn.ptdv.support;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.withSettings;

import java.util.Set;
import org.mockito.Answers;
import org.mockito.invocation.InvocationOnMock;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.organization.OrganizationDirectory;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.shared.Problems;

/**
 * A mocked {@link AccessScope} for unit tests of services: {@code canSee}, {@code user()} and the
 * rest are stubbed by the test, while the one way of checking a reference inside a request runs
 * as in production on top of them; organizations named by code are looked up in the test's
 * mocked directory.
 */
public final class ScopeMocks {
    private static final Set<String> REAL = Set.of("forChange", "forChangeWhere", "requireWriter");

    private ScopeMocks() {
    }

    public static AccessScope scope(OrganizationDirectory organizations) {
        return mock(AccessScope.class, withSettings().defaultAnswer(invocation -> answer(invocation, organizations)));
    }

    private static Object answer(InvocationOnMock invocation, OrganizationDirectory organizations) throws Throwable {
        String name = invocation.getMethod().getName();
        if (REAL.contains(name)) {
            return invocation.callRealMethod();
        }
        if (name.equals("organizationForChange")) {
            String code = invocation.getArgument(2);
            return ((AccessScope) invocation.getMock()).forChange(invocation.<Problems>getArgument(0),
                    invocation.getArgument(1), code, code == null ? java.util.Optional.empty()
                            : organizations.findByCode(code), OrganizationRef::id);
        }
        return Answers.RETURNS_DEFAULTS.answer(invocation);
    }
}
