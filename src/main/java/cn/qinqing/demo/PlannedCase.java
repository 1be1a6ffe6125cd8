package cn.qinqing.demo;

import cn.qinqing.appeal.PastAppeal;

/** One demo case as planned: where it ends up, whether it is overdue today, and its ledger entry. */
record PlannedCase(DemoCasePlan.Fate fate, boolean overdue, PastAppeal appeal) {
}
