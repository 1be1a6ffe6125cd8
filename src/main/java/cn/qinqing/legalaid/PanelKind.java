package cn.qinqing.legalaid;

/** Who sits on the panel: a lawyer of the 律师顾问团, or a 人民调解员 of a mediation committee. */
public enum PanelKind {
    /** 律师: holds a practising certificate (律师执业证). */
    LAWYER,
    /** 人民调解员: serves on a 人民调解委员会, often a chamber's (商会人民调解委员会). */
    MEDIATOR
}
