package cn.qinqing.organisation;

/**
 * Kinds of government department (政府部门): 公安, 检察院, 法院, 人民银行, 市场监管, 司法, 人社, 税务, 其他 -
 * the partners of the collaboration mechanism serving private firms (服务民营经济发展协作机制).
 */
public enum DepartmentKind {
    PUBLIC_SECURITY, PROCURATORATE, COURT, CENTRAL_BANK, MARKET_REGULATION, JUSTICE, HUMAN_RESOURCES, TAX, OTHER
}
