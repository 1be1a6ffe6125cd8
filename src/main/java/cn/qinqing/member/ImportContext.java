package cn.qinqing.member;

import cn.qinqing.organisation.ChamberChoice;
import cn.qinqing.shared.crypto.PersonalDataCipher;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What checking an import row needs to know: the importing federation (its region decides local
 * or out-of-town), today, the chambers the caller sees by name, and the cipher for personal data.
 */
record ImportContext(long federationId, String region, LocalDate today, Map<String, Long> chambersByName,
                     PersonalDataCipher cipher) {

    /** Marks a chamber name that two visible chambers share and the home federation does not settle. */
    static final long AMBIGUOUS = -1;

    /** Chamber names to ids; on a shared name the home federation's chamber wins, otherwise it is ambiguous. */
    static Map<String, Long> chamberIndex(List<ChamberChoice> choices, long homeFederationId) {
        var byName = new HashMap<String, Long>();
        var home = new HashMap<String, Boolean>();
        for (var choice : choices) {
            var name = choice.name().strip();
            boolean isHome = choice.federationId() == homeFederationId;
            if (!byName.containsKey(name)) {
                byName.put(name, choice.id());
                home.put(name, isHome);
            } else if (isHome && !home.get(name)) {
                byName.put(name, choice.id());
                home.put(name, true);
            } else if (isHome == home.get(name)) {
                byName.put(name, AMBIGUOUS);
            }
        }
        return byName;
    }
}
