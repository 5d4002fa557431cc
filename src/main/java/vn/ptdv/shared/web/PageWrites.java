package vn.ptdv.shared.web;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DelegatingTransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A write asked for inside a page's read-only transaction ({@link PageTransactions}) — a
 * {@code @Transactional} method that is not read-only, called by a GET — runs in a transaction of
 * its own, as it did before pages had one, instead of joining a transaction that may not write (and
 * that a read replica may answer). Anywhere else transactions behave as Spring has them.
 */
@Component
class PageWrites implements BeanPostProcessor {
    /** Bound to the thread while a page's transaction is open. */
    static final Object PAGE = new Object() {
        @Override
        public String toString() {
            return "page transaction";
        }
    };

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof PlatformTransactionManager manager && !(bean instanceof OwnWrites)) {
            return new OwnWrites(manager);
        }
        return bean;
    }

    /** The application's transaction manager, with a page's writes in their own transaction. */
    static final class OwnWrites implements PlatformTransactionManager {
        private final PlatformTransactionManager manager;

        OwnWrites(PlatformTransactionManager manager) {
            this.manager = manager;
        }

        @Override
        public TransactionStatus getTransaction(TransactionDefinition definition) throws TransactionException {
            if (definition != null && !definition.isReadOnly()
                    && definition.getPropagationBehavior() == TransactionDefinition.PROPAGATION_REQUIRED
                    && TransactionSynchronizationManager.hasResource(PAGE)
                    && TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
                return manager.getTransaction(new DelegatingTransactionDefinition(definition) {
                    @Override
                    public int getPropagationBehavior() {
                        return PROPAGATION_REQUIRES_NEW;
                    }
                });
            }
            return manager.getTransaction(definition);
        }

        @Override
        public void commit(TransactionStatus status) throws TransactionException {
            manager.commit(status);
        }

        @Override
        public void rollback(TransactionStatus status) throws TransactionException {
            manager.rollback(status);
        }
    }
}
