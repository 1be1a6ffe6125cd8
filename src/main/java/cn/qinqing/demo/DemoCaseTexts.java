package cn.qinqing.demo;

import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * What the demo cases say, by subject: a title, the firm's account of the problem and the reply
 * that closed it, each from a few patterns filled with drawn amounts and months. Made up.
 */
final class DemoCaseTexts {

    record Text(String title, String content, String reply) {
    }

    private static final Map<String, List<String[]>> PATTERNS = Map.of(
            "ARREARS", List.of(
                    new String[] {"工程款%d万元被拖欠", "我单位%d月承接的市政配套工程已竣工验收，发包方至今拖欠工程款%d万元，多次催要未果，影响发放工人工资。",
                            "经协调，发包方已制定还款计划，首期款项已支付，余款按月结清。"},
                    new String[] {"货款%d万元逾期未付", "我公司%d月向某企业供货，合同约定60日内付款，现拖欠货款%d万元，对方以资金紧张为由拖延。",
                            "经约谈双方，对方已书面承诺分期付款，首期已到账，中心将持续跟踪。"}),
            "ADMIN_ENFORCEMENT", List.of(
                    new String[] {"执法检查频次过多", "今年%d月以来，我单位已接受各类检查%d次，部分检查内容重复，影响正常经营。",
                            "已与有关部门沟通，纳入\"综合查一次\"联合检查，不再重复入企检查。"},
                    new String[] {"对行政处罚决定有异议", "我店%d月因标签问题被处罚款%d千元，认为属首次轻微违法，申请依法从轻处理。",
                            "执法部门已复核，依照首违不罚清单作出不予处罚决定，并进行了合规指导。"}),
            "FINANCING", List.of(
                    new String[] {"流动资金贷款续贷困难", "我公司%d月到期的流动资金贷款%d万元，银行要求先还后贷，企业周转压力大。",
                            "经协调人民银行支行，合作银行已办理无还本续贷。"},
                    new String[] {"申请创业担保贷款", "我社%d月申请创业担保贷款%d万元，材料已提交，办理进度缓慢。",
                            "已协调经办银行和担保机构，贷款已审批发放。"}),
            "INTELLECTUAL_PROPERTY", List.of(
                    new String[] {"商标被仿冒", "我公司注册商标自%d月起在周边市场被仿冒使用，已发现%d家门店销售仿冒产品。",
                            "市场监管部门已立案查处，涉案仿冒产品已下架，企业已获维权指导。"},
                    new String[] {"专利被侵权", "我公司一项实用新型专利%d月以来被同行仿造，估算损失约%d万元。",
                            "已对接法律服务团律师，指导企业收集证据，并向知识产权管理部门提交处理请求。"}),
            "CONTRACT", List.of(
                    new String[] {"租赁合同提前解除纠纷", "出租方于%d月要求提前收回经营场所，拒不退还押金%d万元。",
                            "经调解，双方达成协议，出租方退还押金并给予搬迁补偿。"},
                    new String[] {"采购合同质量争议", "我公司%d月采购的设备存在质量问题，供货方拒绝退换，涉及金额%d万元。",
                            "经商会人民调解委员会调解，供货方同意更换设备。"}),
            "LABOUR", List.of(
                    new String[] {"劳动争议咨询", "我企业%d月有职工提出离职并要求经济补偿，双方对补偿数额（约%d万元）有分歧。",
                            "人社部门已组织调解，双方依法达成和解。"},
                    new String[] {"招工难问题反映", "我公司自%d月以来缺少技术工人%d名，多次招聘效果不佳。",
                            "已协调人社部门纳入专场招聘会，并推荐职业院校对接用工。"}),
            "POLICY", List.of(
                    new String[] {"减税降费政策咨询", "我单位想了解%d月起执行的小微企业税费优惠政策，年应纳税所得额约%d万元能否享受。",
                            "已答复企业可享受的优惠政策及办理流程，税务部门已上门辅导。"},
                    new String[] {"稳岗补贴申领咨询", "我公司%d月申请稳岗补贴未通过，参保职工%d人，不清楚原因。",
                            "已协调人社部门说明审核口径，企业补充材料后已获补贴。"}),
            "OTHER", List.of(
                    new String[] {"经营场所周边道路施工影响", "%d月起门前道路施工封闭，已持续%d天，顾客无法进出。",
                            "已协调施工单位增设临时通道和指示牌，并缩短施工工期。"},
                    new String[] {"水电报装进度缓慢", "我公司新建厂房%d月申请用电报装，至今已%d天仍未接通。",
                            "已协调供电单位，电力已接通。"}));

    private final Random random;

    DemoCaseTexts(Random random) {
        this.random = random;
    }

    Text of(String subject) {
        var choices = PATTERNS.getOrDefault(subject, PATTERNS.get("OTHER"));
        var p = choices.get(random.nextInt(choices.size()));
        int month = 1 + random.nextInt(12);
        int amount = 3 + random.nextInt(90);
        return new Text(p[0].formatted(amount), p[1].formatted(month, amount), p[2]);
    }
}
