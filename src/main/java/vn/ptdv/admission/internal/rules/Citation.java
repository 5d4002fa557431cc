package vn.ptdv.admission.internal.rules;

import java.util.List;
import java.util.function.BiFunction;

/**
 * A document and the article or point in it that carries a rule: the document by the message
 * key of its title, the article by a message key and its arguments ("điểm {0}", "Điều {0},
 * khoản {1}"), none when the whole document is cited.
 */
public record Citation(String documentKey, String articleKey, List<Object> articleArgs) {
    public Citation {
        articleArgs = List.copyOf(articleArgs);
    }

    public static Citation of(String documentKey) {
        return new Citation(documentKey, null, List.of());
    }

    /** A numbered point of a regulation or guidance ("điểm 4.3.1"). */
    public static Citation point(String documentKey, String point) {
        return new Citation(documentKey, "source.point", List.of(point));
    }

    /** An article of the Charter, and its clause when not 0 ("Điều 4, khoản 3"). */
    public static Citation article(String documentKey, int article, int clause) {
        return clause == 0 ? new Citation(documentKey, "source.article", List.of(article))
                : new Citation(documentKey, "source.articleClause", List.of(article, clause));
    }

    /** The citation as a user reads it, the message keys resolved by {@code text}. */
    public String text(BiFunction<String, Object[], String> text) {
        String document = text.apply(documentKey, new Object[0]);
        return articleKey == null ? document : document + ", " + text.apply(articleKey, articleArgs.toArray());
    }

    /** Several citations as one line, separated by semicolons. */
    public static String text(List<Citation> citations, BiFunction<String, Object[], String> text) {
        return String.join("; ", citations.stream().map(c -> c.text(text)).toList());
    }
}
