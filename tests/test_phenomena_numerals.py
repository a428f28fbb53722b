"""Phenomena §1–§6: how a number is written (digits, numerals, magnitudes, money, percent)."""

from __future__ import annotations

import pytest

from tests.test_phenomena_expect import (
    Case,
    assert_case,
    case,
    claim,
    date,
    no,
    not_unit,
    params,
    span,
)

S01 = [
    case(
        "s01_ascii_thousands_separators",
        "今年以来，景区共接待游客2,316,500人次。",
        claim("2,316,500人次", "count", "2316500", "person_time"),
    ),
    case(
        "s01_separator_with_magnitude",
        "该片区综合开发项目总投资23,456.8万元。",
        claim("23,456.8万元", "amount", "234568000", "CNY"),
    ),
    case(
        "s01_fullwidth_digits_and_separator",
        "公司全年营收达到２３４，５６７．８万元。",
        claim("２３４，５６７．８万元", "amount", "2345678000", "CNY"),
    ),
    case(
        "s01_fullwidth_comma_is_separator",
        "热线共收到市民意见建议２，４００条。",
        claim("２，４００条", "count", "2400", "count:条"),
    ),
    case(
        "s01_fullwidth_comma_is_clause_break",
        "出口额增长１２％，１５０家企业获得新订单。",
        claim("１２％", "growth", "0.12", "percent"),
        claim("１５０家", "count", "150", "count:家"),
    ),
    case(
        "s01_fullwidth_minus_is_decline",
        "全市规上工业利润总额同比增长－４．２％。",
        claim("－４．２％", "decline", "0.042", "percent"),
    ),
    case(
        "s01_unicode_minus_is_decline",
        "房地产开发投资同比增长−８．９％。",
        claim("−８．９％", "decline", "0.089", "percent"),
    ),
    case(
        "s01_plus_sign_headline",
        "9月CPI环比+0.4%",
        claim("+0.4%", "growth", "0.004", "percent"),
        date("9月"),
    ),
    case(
        "s01_fullwidth_yen_prefix",
        "新款手机起售价为￥3,999。",
        claim("￥3,999", "amount", "3999", "CNY"),
    ),
    case(
        "s01_halfwidth_yen_prefix",
        "会员年费为¥268，可享全年免费停车。",
        claim("¥268", "amount", "268", "CNY"),
    ),
    case(
        "s01_hkd_symbol_prefix",
        "演唱会内场门票售价HK$880。",
        claim("HK$880", "amount", "880", "HKD"),
    ),
]

S02 = [
    case(
        "s02_positional_composition",
        "四千二百名志愿者参与了城市清洁行动。",
        claim("四千二百名", "count", "4200", "count:名"),
    ),
    case(
        "s02_liang_before_magnitude",
        "每户可获得两万元装修补贴。",
        claim("两万元", "amount", "20000", "CNY"),
    ),
    case(
        "s02_er_before_hundred",
        "今年共有二百六十名学生报名参加夏令营。",
        claim("二百六十名", "count", "260", "count:名"),
    ),
    case(
        "s02_bare_shi_at_start",
        "十五家企业在签约仪式上集中签约。",
        claim("十五家", "count", "15", "count:家"),
    ),
    case(
        "s02_bare_shi_wan",
        "全市将发放消费券十万张。",
        claim("十万张", "count", "100000", "count:张"),
    ),
    case(
        "s02_ling_skips_position",
        "今年共投入资金四千零八十万元。",
        claim("四千零八十万元", "amount", "40800000", "CNY"),
    ),
    case(
        "s02_ling_in_hundreds",
        "全村一百零六户完成了改厕。",
        claim("一百零六户", "count", "106", "count:户"),
    ),
    case(
        "s02_circle_zero_positional",
        "该社区二〇七户居民完成了燃气管道改造。",
        claim("二〇七户", "count", "207", "count:户"),
    ),
    case(
        "s02_circle_zero_year_is_date",
        "二〇二四年，全县新增就业三千人。",
        date("二〇二四年"),
        claim("三千人", "count", "3000", "count:人"),
    ),
    case(
        "s02_sa_thirty_duration",
        "这所学校建校卅载，培养毕业生两万余名。",
        claim("卅载", "duration", "30", "year"),
        claim("两万余名", "count", "20000", "count:名", "more_than"),
    ),
    case(
        "s02_nian_twenty_duration",
        "该市与大阪结为友好城市已逾廿载。",
        claim("廿载", "duration", "20", "year", "over"),
    ),
    case(
        "s02_financial_capitals",
        "合同总价为人民币肆仟贰佰万元整。",
        claim("肆仟贰佰万元", "amount", "42000000", "CNY"),
    ),
    case(
        "s02_financial_capitals_with_ten",
        "本次采购中标金额为人民币叁佰陆拾伍万元整。",
        claim("叁佰陆拾伍万元", "amount", "3650000", "CNY"),
    ),
    case(
        "s02_colloquial_elision_thousands",
        "技术工人月薪普遍在七千五左右。",
        claim("七千五左右", "amount", "7500", "CNY", "about"),
    ),
    case(
        "s02_colloquial_elision_wan",
        "这批设备每台售价一万二。",
        claim("一万二", "amount", "12000", "CNY"),
    ),
    case(
        "s02_decimal_dian_km",
        "新建环湖步道全长三点六公里。",
        claim("三点六公里", "amount", "3.6", "km"),
    ),
    case(
        "s02_decimal_dian_yi",
        "全年实现旅游收入四点二亿元。",
        claim("四点二亿元", "amount", "420000000", "CNY"),
    ),
    case(
        "s02_decimal_dian_points",
        "居民消费价格涨幅比上月回落零点三个百分点。",
        claim("零点三个百分点", "pp_difference", "-0.3", "percentage_point"),
    ),
    case(
        "s02_yi_and_wan_sections",
        "省财政安排两亿四千万元用于高标准农田建设。",
        claim("两亿四千万元", "amount", "240000000", "CNY"),
    ),
]

S03 = [
    case(
        "s03_decimal_with_magnitude",
        "全年城镇新增就业4.6万人，一般公共预算收入1.2873万亿元。",
        claim("4.6万人", "count", "46000", "count:人"),
        claim("1.2873万亿元", "amount", "1287300000000", "CNY"),
    ),
    case(
        "s03_magnitude_then_yu",
        "全年接待游客3.8万余人次。",
        claim("3.8万余人次", "count", "38000", "person_time", "more_than"),
    ),
    case(
        "s03_magnitude_then_duo",
        "今年培训农村实用人才1.5万多人。",
        claim("1.5万多人", "count", "15000", "count:人", "more_than"),
    ),
    case(
        "s03_arabic_yi_qian",
        "该项目总投资3亿6千万元。",
        claim("3亿6千万元", "amount", "360000000", "CNY"),
    ),
    case(
        "s03_arabic_wan_qian",
        "新体育馆可容纳观众4万5千人。",
        claim("4万5千人", "count", "45000", "count:人"),
    ),
    case(
        "s03_arabic_bai_yi",
        "计划撬动社会资本5百亿元。",
        claim("5百亿元", "amount", "50000000000", "CNY"),
    ),
    case(
        "s03_sub_unit_decimal",
        "已发放家电以旧换新补贴券0.8万张。",
        claim("0.8万张", "count", "8000", "count:张"),
    ),
]

S04 = [
    case(
        "s04_stacked_wan_yi",
        "全年货物进出口总额达2.3万亿元。",
        claim("2.3万亿元", "amount", "2300000000000", "CNY"),
    ),
    case(
        "s04_bai_wan_in_chinese",
        "全市新能源汽车保有量达到三百万辆。",
        claim("三百万辆", "count", "3000000", "count:辆"),
    ),
    case(
        "s04_no_digits_yu_bai_wan",
        "该短视频平台注册用户逾百万人。",
        claim("逾百万人", "count", "1000000", "count:人", "over"),
    ),
    case(
        "s04_no_digits_chao_qian_wan",
        "直播间单场交易额超千万元。",
        claim("超千万元", "amount", "10000000", "CNY", "over"),
    ),
    case(
        "s04_no_digits_po_wan_yi",
        "全省外贸进出口总额首次破万亿元。",
        claim("破万亿元", "amount", "1000000000000", "CNY", "over"),
    ),
    case(
        "s04_vague_shu_shi_yi",
        "该项目吸引社会资本数十亿元。",
        span("数十亿元", "amount", "2000000000", "9000000000", "CNY", lenient=True),
    ),
    case(
        "s04_vague_shu_bai_wan",
        "开幕式吸引数百万名观众在线观看。",
        span("数百万名", "count", "2000000", "9000000", "count:名", lenient=True),
    ),
    case(
        "s04_shared_magnitude_list",
        "早稻和晚稻产量分别为2.6、3.9万吨。",
        claim("2.6", "amount", "26000", "t"),
        claim("3.9万吨", "amount", "39000", "t"),
    ),
    case(
        "s04_shared_magnitude_range",
        "每个示范项目补助10至15万元。",
        span("10至15万元", "amount", "100000", "150000", "CNY"),
    ),
    case(
        "s04_scale_class_qian_yi_ji",
        "力争打造三个千亿级产业集群。",
        claim("三个", "count", "3", "count:个"),
        no("千亿级"),
    ),
    case(
        "s04_scale_class_bai_yi_ji",
        "全市已有百亿级企业12家。",
        no("百亿级"),
        claim("12家", "count", "12", "count:家"),
    ),
    case(
        "s04_da_guan_is_over",
        "全省地区生产总值首次跨过六万亿元大关。",
        claim("六万亿元", "amount", "6000000000000", "CNY", "over"),
    ),
    case(
        "s04_tai_jie_is_over",
        "社会消费品零售总额首次迈上5000亿元台阶。",
        claim("5000亿元", "amount", "500000000000", "CNY", "over"),
    ),
]

S05 = [
    case(
        "s05_yuan_default_cny",
        "今年为小微企业发放贷款680万元。",
        claim("680万元", "amount", "6800000", "CNY"),
    ),
    case(
        "s05_renminbi_prefix",
        "本期债券发行规模为人民币25亿元。",
        claim("人民币25亿元", "amount", "2500000000", "CNY"),
    ),
    case(
        "s05_usd_meiyuan",
        "集团以3.2亿美元收购一家海外工厂。",
        claim("3.2亿美元", "amount", "320000000", "USD"),
    ),
    case(
        "s05_usd_meijin",
        "双方签订的设备采购合同金额为800万美金。",
        claim("800万美金", "amount", "8000000", "USD"),
    ),
    case(
        "s05_hkd_gangyuan",
        "新股每股发行价定为16.8港元。",
        claim("16.8港元", "amount", "16.8", "HKD"),
    ),
    case(
        "s05_hkd_gangbi",
        "该旅客入境时申报携带50万港币。",
        claim("50万港币", "amount", "500000", "HKD"),
    ),
    case(
        "s05_eur",
        "双方签署了价值1.5亿欧元的合作协议。",
        claim("1.5亿欧元", "amount", "150000000", "EUR"),
    ),
    case(
        "s05_conversion_parenthetical",
        "协议金额2.4亿美元（约合人民币17.3亿元）。",
        claim("2.4亿美元", "amount", "240000000", "USD"),
        claim("约合人民币17.3亿元", "amount", "1730000000", "CNY", "about"),
    ),
    case(
        "s05_fen_qian",
        "居民生活用电每千瓦时下调2分钱。",
        claim("2分钱", "decline", "0.02", "CNY"),
    ),
    case(
        "s05_kuai",
        "景区观光车票价下调了5块钱。",
        claim("5块钱", "decline", "5", "CNY"),
    ),
    case(
        "s05_jiao",
        "每千克猪肉批发价格下降8角。",
        claim("8角", "decline", "0.8", "CNY"),
    ),
    case(
        "s05_per_capita_amount",
        "农村居民人均可支配收入为23,418元。",
        claim("23,418元", "amount", "23418", "CNY"),
    ),
    case(
        "s05_yen_not_cny",
        "该公司计划在日本追加投资50亿日元。",
        not_unit("50亿日元", "CNY"),
    ),
    case(
        "s05_pound_not_cny",
        "这家研究所的首席科学家年薪8万英镑。",
        not_unit("8万英镑", "CNY"),
    ),
]

S06 = [
    case(
        "s06_fullwidth_percent_share",
        "城镇调查失业率为4.9％。",
        claim("4.9％", "share", "0.049", "percent"),
    ),
    case(
        "s06_ascii_percent_share",
        "全市森林覆盖率为59.8%。",
        claim("59.8%", "share", "0.598", "percent"),
    ),
    case(
        "s06_baifenzhi_with_dian",
        "全县森林覆盖率达到百分之六十七点三。",
        claim("百分之六十七点三", "share", "0.673", "percent"),
    ),
    case(
        "s06_baifenzhi_bai",
        "适龄儿童入学率达到百分之百。",
        claim("百分之百", "share", "1", "percent"),
    ),
    case(
        "s06_baifenzhi_ling_dian",
        "全行不良贷款率为百分之零点八。",
        claim("百分之零点八", "share", "0.008", "percent"),
    ),
    case(
        "s06_cheng_with_trailing_digit",
        "新能源汽车市场占有率提高到三成五。",
        claim("三成五", "share", "0.35", "percent"),
    ),
    case(
        "s06_cheng_with_zhanbi",
        "线上销售额占比达四成。",
        claim("四成", "share", "0.4", "percent"),
    ),
    case(
        "s06_zhe_single_digit",
        "部分家电打七折销售。",
        claim("七折", "ratio", "0.7", "ratio"),
    ),
    case(
        "s06_zhe_two_digits",
        "淡季部分航线机票打六五折。",
        claim("六五折", "ratio", "0.65", "ratio"),
    ),
    case(
        "s06_zhe_decimal",
        "冬季景区门票实行3.8折优惠。",
        claim("3.8折", "ratio", "0.38", "ratio"),
    ),
    case(
        "s06_dui_zhe",
        "过季服装一律对折出售。",
        claim("对折", "ratio", "0.5", "ratio"),
    ),
    case(
        "s06_qianfenzhi",
        "产品抽检不合格率仅为千分之二。",
        claim("千分之二", "share", "0.002", "percent"),
    ),
    case(
        "s06_permille_symbol",
        "全市出生缺陷发生率降至3‰。",
        claim("3‰", "share", "0.003", "percent"),
    ),
    case(
        "s06_wanfenzhi_at_most",
        "安全生产事故率控制在万分之三以下。",
        claim("万分之三以下", "share", "0.0003", "percent", "at_most"),
    ),
    case(
        "s06_percent_of_population_over",
        "超过70%的受访者表示愿意购买国货。",
        claim("超过70%", "share", "0.7", "percent", "over"),
    ),
    case(
        "s06_percent_of_population",
        "45%的家庭选择自驾出游。",
        claim("45%", "share", "0.45", "percent"),
    ),
]

CASES: list[Case] = S01 + S02 + S03 + S04 + S05 + S06


@pytest.mark.parametrize("phenomenon", params(CASES))
def test_phenomenon(phenomenon: Case) -> None:
    assert_case(phenomenon)
