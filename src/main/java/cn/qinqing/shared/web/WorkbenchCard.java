package cn.qinqing.shared.web;

import cn.qinqing.shared.security.QinqingUser;
import java.util.List;
import java.util.Optional;

/**
 * A card on the workbench (工作台), contributed by a module: a few figures for the signed-in
 * account and a link to where the work is. Modules add cards without the shell knowing them.
 */
public interface WorkbenchCard {

    /** The card for this account, or empty when it has nothing for it. */
    Optional<Card> card(QinqingUser user);

    /** A card: its position, title (message key), link and figures. */
    record Card(int order, String titleKey, String link, List<Figure> figures) {
    }

    /** One figure: a label (message key) and its value. */
    record Figure(String labelKey, Object value) {
    }
}
