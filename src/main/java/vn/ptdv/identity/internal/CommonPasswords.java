package vn.ptdv.identity.internal;

import java.util.Locale;
import java.util.Map;
import me.gosimple.nbvcxz.resources.DictionaryUtil;

/**
 * The 100,000 most common passwords of the leaked password lists that nbvcxz ships (its ranked
 * {@code passwords} dictionary), read once. A new or changed password found there is refused,
 * whatever its case.
 */
final class CommonPasswords {
    private CommonPasswords() {
    }

    private static final class Holder {
        static final Map<String, Integer> RANKED = DictionaryUtil.loadRankedDictionary(DictionaryUtil.passwords);
    }

    static boolean contains(String password) {
        return Holder.RANKED.containsKey(password.toLowerCase(Locale.ROOT));
    }
}
