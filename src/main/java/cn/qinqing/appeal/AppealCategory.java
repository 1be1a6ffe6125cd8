package cn.qinqing.appeal;

import java.util.List;

/**
 * A category of case (诉求类别: 投诉维权, 协调帮助, 情况反映, 个案咨询) with its time limits in
 * working days and the subjects (诉求事项) it offers.
 */
public record AppealCategory(String code, String name, int handlingDays, int acceptDays,
                             List<AppealSubject> subjects) {

    public AppealCategory {
        subjects = List.copyOf(subjects);
    }
}
