package vn.ptdv.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.AsyncHandlerInterceptor;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * One read-only transaction for everything a page (or a GET of the API) reads: from the first
 * interceptor, through the controller, to the last value the template reads while it renders. The
 * services' own {@code @Transactional(readOnly = true)} join it instead of each opening its own,
 * so a page takes one connection once and sees one state of the database.
 *
 * <p>Only GET and HEAD requests answered by a controller; form posts and other writes keep their
 * own transactions, and static files take none. What the filters before the dispatcher read — the
 * session, an API token, the account — stays outside it. A write that a GET makes (the audit entry
 * of a revealed identity number) runs in a transaction of its own ({@link PageWrites}). When the
 * controller throws, the transaction ends before the error is answered: the Vietnamese error page
 * or problem details are made as without it, even after a failed statement.
 */
@Configuration(proxyBeanMethods = false)
class PageTransactions implements WebMvcConfigurer, AsyncHandlerInterceptor, HandlerExceptionResolver, Ordered {
    private static final String STATUS = PageTransactions.class.getName() + ".status";
    private static final TransactionDefinition READ_ONLY;

    static {
        DefaultTransactionDefinition definition = new DefaultTransactionDefinition();
        definition.setReadOnly(true);
        definition.setName("page");
        READ_ONLY = definition;
    }

    private final ObjectProvider<PlatformTransactionManager> transactions;

    PageTransactions(ObjectProvider<PlatformTransactionManager> transactions) {
        this.transactions = transactions;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // First of all interceptors: what they read before the controller is read in the page's transaction.
        registry.addInterceptor(this).order(Ordered.HIGHEST_PRECEDENCE);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String method = request.getMethod();
        if ((method.equals("GET") || method.equals("HEAD")) && handler instanceof HandlerMethod
                && !TransactionSynchronizationManager.isActualTransactionActive()) {
            // The signed-in user is read from the session before, not inside, the page's transaction
            // (a page that everybody may open has not needed it yet): one connection at a time.
            SecurityContextHolder.getContext().getAuthentication();
            TransactionStatus status = transactions.getObject().getTransaction(READ_ONLY);
            TransactionSynchronizationManager.bindResource(PageWrites.PAGE, status);
            request.setAttribute(STATUS, status);
        }
        return true;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception ex) {
        end(request, ex != null);
    }

    /** A streamed answer is written on another thread, outside the transaction: it ends here. */
    @Override
    public void afterConcurrentHandlingStarted(HttpServletRequest request, HttpServletResponse response,
            Object handler) {
        end(request, false);
    }

    /**
     * Before any other resolver answers an exception of the controller or an interceptor: the
     * transaction is rolled back, and the error is answered outside it. Resolves nothing itself.
     */
    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception ex) {
        end(request, true);
        return null;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    private void end(HttpServletRequest request, boolean failed) {
        if (!(request.getAttribute(STATUS) instanceof TransactionStatus status)) {
            return;
        }
        request.removeAttribute(STATUS);
        TransactionSynchronizationManager.unbindResourceIfPossible(PageWrites.PAGE);
        if (status.isCompleted()) {
            return;
        }
        // Rolled back when something failed or asked for it (an exception out of a joined
        // @Transactional method): nothing was written, and no UnexpectedRollbackException is raised.
        if (failed || status.isRollbackOnly()) {
            transactions.getObject().rollback(status);
        } else {
            transactions.getObject().commit(status);
        }
    }
}
