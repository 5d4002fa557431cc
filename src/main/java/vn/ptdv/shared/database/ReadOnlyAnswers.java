package vn.ptdv.shared.database;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Answers remembered for the rest of the current read-only transaction (a page's, see
 * {@code PageTransactions}): nothing can change what it reads, so a question a page asks several
 * times — may the user see this organization, what is this organization's record — is answered by
 * the database once. Outside a read-only transaction (writes, jobs, filters) every question is
 * answered anew, so a write and the next page see the current state.
 */
public final class ReadOnlyAnswers {
    private ReadOnlyAnswers() {
    }

    /**
     * The answer to the question (a value with equals and hashCode, such as a record) given earlier
     * in this read-only transaction, or {@code answer}'s, then remembered; never remembered outside one.
     */
    @SuppressWarnings("unchecked")
    public static <T> T of(Object question, Supplier<T> answer) {
        Map<Object, Object> answers = current();
        if (answers == null) {
            return answer.get();
        }
        if (answers.containsKey(question)) {
            return (T) answers.get(question);
        }
        T given = answer.get();
        answers.put(question, given);
        return given;
    }

    /** Remembers the answer to another question learned along the way (an organization's record by its id, read by its code). */
    public static void learn(Object question, Object answer) {
        Map<Object, Object> answers = current();
        if (answers != null) {
            answers.put(question, answer);
        }
    }

    private static Map<Object, Object> current() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return null;
        }
        Bound bound = (Bound) TransactionSynchronizationManager.getResource(Bound.class);
        if (bound == null) {
            bound = new Bound();
            TransactionSynchronizationManager.bindResource(Bound.class, bound);
            TransactionSynchronizationManager.registerSynchronization(bound);
        }
        return bound.answers;
    }

    /** The answers of one transaction, bound to it and gone with it. */
    private static final class Bound implements TransactionSynchronization {
        private final Map<Object, Object> answers = new HashMap<>();

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(Bound.class);
        }
    }
}
