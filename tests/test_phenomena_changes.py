"""Phenomena §7–§11: changes, points, fractions, approximation words and ranges."""

from __future__ import annotations

import pytest

from tests.test_phenomena_expect import (
    Case,
    assert_case,
    case,
    claim,
    date,
    no,
    params,
    span,
)

PP = "percentage_point"

S07 = [
    case(
        "s07_pp_is_difference_of_rates",
        "毛利率由28%下降到24%，下降了4个百分点。",
        claim("28%", "share", "0.28", "percent"),
        claim("24%", "share", "0.24", "percent"),
        claim("4个百分点", "pp_difference", "-4", PP),
    ),
    case(
        "s07_pp_without_ge",
        "全市研发投入强度提升0.12百分点。",
        claim("0.12百分点", "pp_difference", "0.12", PP),
    ),
    case(
        "s07_pp_chinese_numeral",
        "今年本科录取率降低了三个百分点。",
        claim("三个百分点", "pp_difference", "-3", PP),
    ),
    case(
        "s07_pp_jiakuai_positive",
        "规上工业增加值增速比上半年加快0.8个百分点。",
        claim("0.8个百分点", "pp_difference", "0.8", PP),
    ),
    case(
        "s07_pp_shouzhai_negative",
        "固定资产投资降幅比一季度收窄2.3个百分点。",
        claim("2.3个百分点", "pp_difference", "-2.3", PP),
        date("一季度"),
    ),
    case(
        "s07_pp_kuoda_positive",
        "出口增幅比前三季度扩大0.5个百分点。",
        claim("0.5个百分点", "pp_difference", "0.5", PP),
        date("前三季度"),
    ),
    case(
        "s07_pp_fanghuan_negative",
        "服务业增加值增速较上季度放缓0.4个百分点。",
        claim("0.4个百分点", "pp_difference", "-0.4", PP),
    ),
    case(
        "s07_pp_huiluo_negative",
        "居民储蓄率回落1.7个百分点。",
        claim("1.7个百分点", "pp_difference", "-1.7", PP),
    ),
    case(
        "s07_rate_level_and_pp_change",
        "常住人口城镇化率达到66.2%，比上年提高0.9个百分点。",
        claim("66.2%", "share", "0.662", "percent"),
        claim("0.9个百分点", "pp_difference", "0.9", PP),
    ),
]

S08 = [
    case(
        "s08_xiajiang_decline",
        "规上工业企业利润同比下降6.3%。",
        claim("6.3%", "decline", "0.063", "percent"),
    ),
    case(
        "s08_shangzhang_growth",
        "居民消费价格同比上涨0.5%。",
        claim("0.5%", "growth", "0.005", "percent"),
    ),
    case(
        "s08_xiahua_decline",
        "商品房销售面积同比下滑12.4%。",
        claim("12.4%", "decline", "0.124", "percent"),
    ),
    case(
        "s08_jianshao_decline",
        "全年生产安全事故起数减少18.5%。",
        claim("18.5%", "decline", "0.185", "percent"),
    ),
    case(
        "s08_huanbi_base_not_a_number",
        "社会消费品零售总额环比下降0.8%。",
        claim("0.8%", "decline", "0.008", "percent"),
    ),
    case(
        "s08_jiao_shangnian_base",
        "全市税收收入较上年增长4.1%。",
        claim("4.1%", "growth", "0.041", "percent"),
    ),
    case(
        "s08_zengzhang_dao_is_level",
        "全省进出口总额增长到9120亿元。",
        claim("9120亿元", "amount", "912000000000", "CNY"),
    ),
    case(
        "s08_zengzhi_is_level",
        "该市机电产品出口增至560亿元。",
        claim("560亿元", "amount", "56000000000", "CNY"),
    ),
    case(
        "s08_jiangzhi_rate_is_share",
        "全市城镇调查失业率降至4.8%。",
        claim("4.8%", "share", "0.048", "percent"),
    ),
    case(
        "s08_zhangfu_huiluozhi_is_growth_level",
        "居民消费价格涨幅回落至0.3%。",
        claim("0.3%", "growth", "0.003", "percent"),
    ),
    case(
        "s08_zengzhang_bei_is_growth",
        "跨境电商出口额增长3倍。",
        claim("3倍", "growth", "3", "ratio"),
    ),
    case(
        "s08_shi_bei_is_ratio",
        "跨境电商出口额是上年的4倍。",
        claim("4倍", "ratio", "4", "ratio"),
    ),
    case(
        "s08_zengzhi_bei_is_ratio",
        "新能源汽车产量增至上年的2.5倍。",
        claim("2.5倍", "ratio", "2.5", "ratio"),
    ),
    case(
        "s08_tigao_bei_is_growth",
        "粮食单产比十年前提高1.5倍。",
        date("十年前"),
        claim("1.5倍", "growth", "1.5", "ratio"),
    ),
    case(
        "s08_fan_liang_fan",
        "到2030年，全市研发经费力争翻两番。",
        date("2030年"),
        claim("翻两番", "growth", "3", "ratio"),
    ),
    case(
        "s08_fan_yi_fan",
        "该县农民人均纯收入实现翻一番。",
        claim("翻一番", "growth", "1", "ratio"),
    ),
    case(
        "s08_fan_san_fan",
        "这家企业的外贸规模翻了三番。",
        claim("三番", "growth", "7", "ratio"),
    ),
    case(
        "s08_fanfan_alone",
        "公司今年净利润实现翻番。",
        claim("翻番", "growth", "1", "ratio"),
    ),
    case(
        "s08_chiping_zero_change",
        "全年粮食产量与上年持平。",
        claim("持平", "growth", "0", None),
    ),
    case(
        "s08_negative_growth_written_as_growth",
        "全市工业用电量同比增长-3.1%。",
        claim("-3.1%", "decline", "0.031", "percent"),
    ),
    case(
        "s08_absolute_increase_people",
        "今年高校毕业生比上年增加2300人。",
        claim("2300人", "growth", "2300", "count:人"),
    ),
    case(
        "s08_absolute_decrease_tonnes",
        "二氧化硫排放量减少85万吨。",
        no("二氧化硫"),
        claim("85万吨", "decline", "850000", "t"),
    ),
    case(
        "s08_idiom_liangweishu",
        "数字经济核心产业保持两位数增长。",
        claim("两位数", "growth", "0.1", None, "at_least"),
    ),
    case(
        "s08_idiom_jin_yibei",
        "跨境电商交易额增长近一倍。",
        claim("近一倍", "growth", "1", "ratio", "nearly"),
    ),
    case(
        "s08_idiom_jianshao_yiban",
        "全县化肥使用量减少了一半。",
        claim("一半", "decline", "0.5", "ratio"),
    ),
    case(
        "s08_idiom_jianban",
        "企业投资项目审批时限减半。",
        claim("减半", "decline", "0.5", "ratio"),
    ),
    case(
        "s08_average_annual_growth",
        "农村网络零售额年均增长14.2%。",
        claim("14.2%", "growth", "0.142", "percent"),
    ),
    case(
        "s08_forecast_with_about",
        "预计全年地区生产总值增长5.5%左右。",
        claim("5.5%左右", "growth", "0.055", "percent", "about"),
    ),
    case(
        "s08_target_lizheng_count",
        "力争全年新增市场主体1.5万户。",
        claim("1.5万户", "count", "15000", "count:户"),
    ),
]

S09 = [
    case(
        "s09_fenzhi_third",
        "全县三分之一的行政村完成了污水治理。",
        claim("三分之一", "fraction", "1/3", "ratio"),
    ),
    case(
        "s09_fenzhi_three_quarters",
        "四分之三的受访企业表示订单有所增加。",
        claim("四分之三", "fraction", "0.75", "ratio"),
    ),
    case(
        "s09_slash_quarter_nearly",
        "近1/4的订单来自东南亚市场。",
        claim("近1/4", "fraction", "0.25", "ratio", "nearly"),
    ),
    case(
        "s09_slash_third_about",
        "约1/3的居民选择公共交通出行。",
        claim("约1/3", "fraction", "1/3", "ratio", "about"),
    ),
    case(
        "s09_yiban",
        "一半的村庄建成了文化广场。",
        claim("一半", "fraction", "0.5", "ratio"),
    ),
    case(
        "s09_jinban_nearly",
        "近半受访者表示今年收入有所增加。",
        claim("近半", "fraction", "0.5", "ratio", "nearly"),
    ),
    case(
        "s09_guoban_over",
        "过半规上企业已完成数字化改造。",
        claim("过半", "fraction", "0.5", "ratio", "over"),
    ),
    case(
        "s09_banshu_yishang_at_least",
        "半数以上的社区设立了托育服务点。",
        claim("半数以上", "fraction", "0.5", "ratio", "at_least"),
    ),
    case(
        "s09_daban_over",
        "夜市大半商户接入了移动支付。",
        claim("大半", "fraction", "0.5", "ratio", "over"),
    ),
    case(
        "s09_budao_yiban_less_than",
        "不到一半的家庭安装了屋顶光伏。",
        claim("不到一半", "fraction", "0.5", "ratio", "less_than"),
    ),
    case(
        "s09_cheng_over",
        "逾四成受访者选择在网上购买年货。",
        claim("逾四成", "fraction", "0.4", "percent", "over"),
    ),
    case(
        "s09_cheng_nearly",
        "近六成消费者关注产品的环保属性。",
        claim("近六成", "fraction", "0.6", "percent", "nearly"),
    ),
    case(
        "s09_shifen_very_vs_one_tenth",
        "这项改革十分必要，目前已有十分之一的乡镇开展试点。",
        no("十分必要"),
        claim("十分之一", "fraction", "0.1", "ratio"),
    ),
]

S10 = [
    case(
        "s10_about_yue",
        "该文旅综合体项目总投资约18亿元。",
        claim("约18亿元", "amount", "1800000000", "CNY", "about"),
    ),
    case(
        "s10_about_zuoyou",
        "地铁日均客流量30万人次左右。",
        claim("30万人次左右", "count", "300000", "person_time", "about"),
    ),
    case(
        "s10_about_shangxia",
        "二手房成交均价在1.2万元上下。",
        no("二手房"),
        claim("1.2万元上下", "amount", "12000", "CNY", "about"),
    ),
    case(
        "s10_about_dayue",
        "开幕当天现场观众大约2000人。",
        claim("大约2000人", "count", "2000", "count:人", "about"),
    ),
    case(
        "s10_nearly_jin",
        "全年高铁站旅客发送量近800万人次。",
        claim("近800万人次", "count", "8000000", "person_time", "nearly"),
    ),
    case(
        "s10_nearly_jiejin",
        "全市城镇化率接近70%。",
        claim("接近70%", "share", "0.7", "percent", "nearly"),
    ),
    case(
        "s10_nearly_jiangjin",
        "将近300家企业参加了本届展会。",
        claim("将近300家", "count", "300", "count:家", "nearly"),
    ),
    case(
        "s10_over_yu",
        "全县茶园面积逾12万亩。",
        claim("逾12万亩", "amount", "120000", "mu", "over"),
    ),
    case(
        "s10_over_tupo",
        "全市新能源汽车保有量突破80万辆。",
        claim("80万辆", "count", "800000", "count:辆", "over"),
    ),
    case(
        "s10_over_chaoguo",
        "超过5000名跑者参加了城市马拉松。",
        claim("超过5000名", "count", "5000", "count:名", "over"),
    ),
    case(
        "s10_more_than_yu",
        "参加技能培训的农民有3000余人。",
        claim("3000余人", "count", "3000", "count:人", "more_than"),
    ),
    case(
        "s10_more_than_duo",
        "今年全区新建充电桩4000多个。",
        claim("4000多个", "count", "4000", "count:个", "more_than"),
    ),
    case(
        "s10_at_most_zuiduo",
        "每人最多可申领5张消费券。",
        claim("最多可申领5张", "count", "5", "count:张", "at_most"),
    ),
    case(
        "s10_at_most_zuigao",
        "获评的科技企业最高可获得300万元奖励。",
        claim("300万元", "amount", "3000000", "CNY", "at_most"),
    ),
    case(
        "s10_at_most_buchaoguo",
        "单笔创业担保贷款不超过50万元。",
        claim("不超过50万元", "amount", "500000", "CNY", "at_most"),
    ),
    case(
        "s10_at_most_yinei",
        "项目审批时间压缩在15天以内。",
        claim("15天以内", "duration", "15", "day", "at_most"),
    ),
    case(
        "s10_at_least_zhishao",
        "每个乡镇至少建设1个综合养老服务中心。",
        claim("至少建设1个", "count", "1", "count:个", "at_least"),
    ),
    case(
        "s10_at_least_bushaoyu",
        "党员干部每年参加集中培训不少于40小时。",
        claim("不少于40小时", "duration", "40", "hour", "at_least"),
    ),
    case(
        "s10_at_least_yishang",
        "这个古镇年接待游客100万人次以上。",
        claim("100万人次以上", "count", "1000000", "person_time", "at_least"),
    ),
    case(
        "s10_less_than_buzu",
        "该镇常住人口不足4000人。",
        claim("不足4000人", "count", "4000", "count:人", "less_than"),
    ),
    case(
        "s10_less_than_budao",
        "新线开通后通勤时间不到20分钟。",
        claim("不到20分钟", "duration", "20", "minute", "less_than"),
    ),
    case(
        "s10_exact_leiji",
        "全年累计完成交通投资72亿元。",
        claim("72亿元", "amount", "7200000000", "CNY"),
    ),
    case(
        "s10_exact_gaoda",
        "这家企业的年出口额高达150亿元。",
        claim("150亿元", "amount", "15000000000", "CNY"),
    ),
    case(
        "s10_threshold_yiyuan_yishang",
        "全市在建投资亿元以上项目135个。",
        no("亿元以上"),
        claim("135个", "count", "135", "count:个"),
    ),
    case(
        "s10_threshold_age",
        "全县60周岁以上老年人达8.6万人。",
        no("60周岁以上"),
        claim("8.6万人", "count", "86000", "count:人"),
    ),
    case(
        "s10_jin_as_recent",
        "近5年来，全市累计投入教育经费720亿元。",
        date("近5年来"),
        claim("720亿元", "amount", "72000000000", "CNY"),
    ),
]

S11 = [
    case(
        "s11_range_zhi",
        "每个村配备4至6个保洁员岗位。",
        span("4至6个", "count", "4", "6", "count:个"),
    ),
    case(
        "s11_range_hyphen_percent",
        "业内预计猪肉价格将上涨3-5%。",
        span("3-5%", "growth", "0.03", "0.05", "percent"),
    ),
    case(
        "s11_range_dash_both_ends",
        "受政策影响，新房成交量下降20%—30%。",
        span("20%—30%", "decline", "0.2", "0.3", "percent"),
    ),
    case(
        "s11_range_tilde",
        "节日期间景区日均游客5000～8000人次。",
        span("5000～8000人次", "count", "5000", "8000", "person_time"),
    ),
    case(
        "s11_range_dao",
        "每场演出吸引200到300名观众。",
        span("200到300名", "count", "200", "300", "count:名"),
    ),
    case(
        "s11_range_magnitude_on_upper_bound",
        "新建污水处理厂日处理污水2.5-3.2万吨。",
        span("2.5-3.2万吨", "amount", "25000", "32000", "t"),
    ),
    case(
        "s11_adjacent_liang_san",
        "每个社区配备了两三个网格员。",
        span("两三个", "count", "2", "3", "count:个"),
    ),
    case(
        "s11_adjacent_qi_ba_cheng",
        "七八成的商户已恢复正常营业。",
        span("七八成", "fraction", "0.7", "0.8", "percent"),
    ),
    case(
        "s11_adjacent_yi_liang_months",
        "完成全部审批手续需要一两个月。",
        span("一两个月", "duration", "1", "2", "month"),
    ),
    case(
        "s11_adjacent_san_wu_years",
        "这类检测设备的使用寿命一般为三五年。",
        span("三五年", "duration", "3", "5", "year"),
    ),
    case(
        "s11_vague_shi_ji",
        "十几家企业参加了现场招聘会。",
        span("十几家", "count", "11", "19", "count:家", lenient=True),
    ),
    case(
        "s11_vague_ji_shi",
        "几十名志愿者在路口引导交通。",
        span("几十名", "count", "20", "90", "count:名", lenient=True),
    ),
    case(
        "s11_vague_shu_bai",
        "数百名运动员参加了本次比赛。",
        span("数百名", "count", "200", "900", "count:名", lenient=True),
    ),
    case(
        "s11_vague_er_shi_ji",
        "二十几个村建起了农家书屋。",
        span("二十几个", "count", "21", "29", "count:个", lenient=True),
    ),
    case(
        "s11_duration_range",
        "老城区管网改造工程预计持续2至4年。",
        span("2至4年", "duration", "2", "4", "year"),
    ),
    case(
        "s11_year_span_is_date",
        "2021-2025年，全市计划改造老旧小区420个。",
        date("2021-2025年"),
        claim("420个", "count", "420", "count:个"),
    ),
]

CASES: list[Case] = S07 + S08 + S09 + S10 + S11


@pytest.mark.parametrize("phenomenon", params(CASES))
def test_phenomenon(phenomenon: Case) -> None:
    assert_case(phenomenon)
