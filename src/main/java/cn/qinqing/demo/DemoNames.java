package cn.qinqing.demo;

import cn.qinqing.member.Industry;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Names for demo and benchmark data, put together from lists by a seeded {@link Random}: people from
 * common surnames and given-name characters, firms from a trade name (字号) of two characters, a
 * word for their trade and a legal form. Any likeness to a real person or firm is chance.
 */
public final class DemoNames {

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴孔汤";
    private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国志红文玉海云飞鹏辉宇浩凯健俊峰成亮新春晓燕雪梅琳晨阳光荣德福庆祥瑞安博涵欣怡佳悦思雨嘉豪泽轩睿昊然宏振东兴旺立坤金山水林松柏青";
    private static final String TRADE = "鑫宏盛华恒泰德信达源丰利隆昌顺兴祥瑞福安康汇聚金银宝龙凤海滨港田胜新天和中大正远航博创科智联众诚永久长辉煌光明星阳春绿禾谷晟嘉铭卓越鼎晖腾飞万方圆百亿通润泽沃川岳峰富贵吉庆佳美";
    private static final Map<Industry, List<String>> TRADES = Map.ofEntries(
            Map.entry(Industry.A, List.of("农业", "养殖", "渔业", "果蔬种植")),
            Map.entry(Industry.B, List.of("油田技术服务", "石油工程", "井下作业")),
            Map.entry(Industry.C, List.of("石油机械", "化工", "橡胶制品", "食品", "服装", "新材料", "机械制造")),
            Map.entry(Industry.D, List.of("热力", "新能源")),
            Map.entry(Industry.E, List.of("建筑工程", "建设工程", "建材")),
            Map.entry(Industry.F, List.of("商贸", "贸易", "超市", "石油销售", "五金建材", "电器")),
            Map.entry(Industry.G, List.of("物流", "运输")),
            Map.entry(Industry.H, List.of("餐饮", "酒店", "快餐")),
            Map.entry(Industry.I, List.of("信息技术", "网络科技", "软件")),
            Map.entry(Industry.K, List.of("房地产开发", "物业管理")),
            Map.entry(Industry.L, List.of("商务咨询", "人力资源")),
            Map.entry(Industry.M, List.of("检测技术", "环保科技")),
            Map.entry(Industry.O, List.of("家政服务", "汽车维修", "美容美发")),
            Map.entry(Industry.P, List.of("职业培训")),
            Map.entry(Industry.R, List.of("文化传媒")));
    private static final List<String> COMPANY_FORMS = List.of("有限公司", "有限责任公司", "股份有限公司");
    private static final List<String> SHOP_FORMS = List.of("商行", "经营部", "店", "门市部", "服务部");

    private final Random random;

    public DemoNames(Random random) {
        this.random = random;
    }

    /** A person: surname and one or two given-name characters. */
    public String person() {
        var name = new StringBuilder().append(pick(SURNAMES)).append(pick(GIVEN));
        if (random.nextInt(10) < 7) {
            name.append(pick(GIVEN));
        }
        return name.toString();
    }

    /** A trade name (字号) of two characters. */
    public String tradeName() {
        return "" + pick(TRADE) + pick(TRADE);
    }

    /** The trade word of a section, e.g. 石油机械 for C; 综合 for sections without a list. */
    public String trade(Industry industry) {
        var words = TRADES.get(industry);
        return words == null ? "综合" : words.get(random.nextInt(words.size()));
    }

    /** A company: place, trade name, trade word and legal form, e.g. 东营鑫华石油机械有限公司. */
    public String company(String place, String tradeName, Industry industry) {
        return place + tradeName + trade(industry) + COMPANY_FORMS.get(random.nextInt(COMPANY_FORMS.size()));
    }

    /** An individual business (个体工商户), e.g. 河口区鑫华餐饮店. */
    public String shop(String place, String tradeName, Industry industry) {
        return place + tradeName + trade(industry) + SHOP_FORMS.get(random.nextInt(SHOP_FORMS.size()));
    }

    /** A farmers' cooperative, e.g. 河口区鑫华养殖专业合作社. */
    public String cooperative(String place, String tradeName) {
        return place + tradeName + trade(Industry.A) + "专业合作社";
    }

    private char pick(String characters) {
        return characters.charAt(random.nextInt(characters.length()));
    }
}
