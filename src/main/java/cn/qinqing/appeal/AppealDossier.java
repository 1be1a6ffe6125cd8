package cn.qinqing.appeal;

import java.util.List;

/** A case with its history (办理过程), as its page shows it. */
public record AppealDossier(AppealView appeal, List<AppealStep> history) {

    public AppealDossier {
        history = List.copyOf(history);
    }
}
