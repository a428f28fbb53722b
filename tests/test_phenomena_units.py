"""Phenomena §12–§15: ranks, counters, measure units, and dates versus durations."""

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
)

S12 = [
    case(
        "s12_rank_di_ming",
        "该市地区生产总值排名全国第41名。",
        claim("第41名", "rank", "41", "rank"),
    ),
    case(
        "s12_rank_di_wei",
        "全省油菜籽产量位居全国第三位。",
        claim("第三位", "rank", "3", "rank"),
    ),
    case(
        "s12_rank_paiming_di",
        "该县县域经济综合实力排名第8。",
        claim("第8", "rank", "8", "rank"),
    ),
    case(
        "s12_rank_ju_quanguo_di",
        "跨境电商进出口额居全国第5。",
        claim("第5", "rank", "5", "rank"),
    ),
    case(
        "s12_top_n_qian_san",
        "今年国庆假期该市旅游收入位列全省前三。",
        claim("前三", "rank", "3", "rank", "at_most"),
    ),
    case(
        "s12_top_n_shi_qiang",
        "该区数字经济竞争力跻身全国十强。",
        claim("十强", "rank", "10", "rank", "at_most"),
    ),
    case(
        "s12_top_n_qian_shi_da",
        "全市有两家企业进入全国同行业前十大。",
        claim("两家", "count", "2", "count:家"),
        claim("前十大", "rank", "10", "rank", "at_most"),
    ),
    case(
        "s12_shouwei_rank_one",
        "该市出口额连续多年居全省首位。",
        claim("首位", "rank", "1", "rank"),
    ),
    case(
        "s12_bangshou_rank_one",
        "这款国产车型的月销量位居榜首。",
        claim("榜首", "rank", "1", "rank"),
    ),
    case(
        "s12_diyi_rank_one",
        "该县粮食总产量居全省第一。",
        claim("第一", "rank", "1", "rank"),
    ),
    case(
        "s12_di_er_da_rank_two",
        "东盟是该省第二大贸易伙伴。",
        claim("第二大", "rank", "2", "rank"),
    ),
    case(
        "s12_di_yi_shuji_is_title",
        "驻村第一书记带领村民种植中药材。",
        no("第一书记"),
    ),
    case(
        "s12_di_er_jidu_is_date",
        "第二季度，全省外贸进出口增长4.5%。",
        date("第二季度"),
        claim("4.5%", "growth", "0.045", "percent"),
    ),
    case(
        "s12_di_shi_jie_is_edition",
        "第十届农博会吸引采购商1.2万人次。",
        no("第十届"),
        claim("1.2万人次", "count", "12000", "person_time"),
    ),
    case(
        "s12_di_ban_is_page",
        "相关报道详见本报第6版。",
        no("第6版"),
    ),
    case(
        "s12_er_qi_is_phase",
        "产业园二期项目计划投资8亿元。",
        no("二期"),
        claim("8亿元", "amount", "800000000", "CNY"),
    ),
    case(
        "s12_world_500_is_label",
        "世界500强企业在该市投资项目92个。",
        no("500强"),
        claim("92个", "count", "92", "count:个"),
    ),
    case(
        "s12_bai_qiang_xian_is_label",
        "全省共有百强县8个。",
        no("百强县"),
        claim("8个", "count", "8", "count:个"),
    ),
    case(
        "s12_quarter_next_to_rank",
        "第三季度全省地区生产总值增速居全国第6位。",
        date("第三季度"),
        claim("第6位", "rank", "6", "rank"),
    ),
]

S13 = [
    case(
        "s13_counter_jia",
        "今年以来新引进企业64家。",
        claim("64家", "count", "64", "count:家"),
    ),
    case(
        "s13_counter_jian",
        "全年受理群众诉求3.1万件。",
        claim("3.1万件", "count", "31000", "count:件"),
    ),
    case(
        "s13_counter_suo",
        "全市新建改扩建中小学12所。",
        claim("12所", "count", "12", "count:所"),
    ),
    case(
        "s13_counter_sou",
        "船厂今年向海外船东交付船舶8艘。",
        claim("8艘", "count", "8", "count:艘"),
    ),
    case(
        "s13_counter_bi",
        "银行向农户发放小额信贷2.3万笔。",
        claim("2.3万笔", "count", "23000", "count:笔"),
    ),
    case(
        "s13_counter_tao",
        "全年筹集保障性租赁住房5600套。",
        claim("5600套", "count", "5600", "count:套"),
    ),
    case(
        "s13_counter_li",
        "医院成功实施达芬奇机器人手术320例。",
        claim("320例", "count", "320", "count:例"),
    ),
    case(
        "s13_renci_is_person_time",
        "全年市中心医院接诊患者92万人次。",
        claim("92万人次", "count", "920000", "person_time"),
    ),
    case(
        "s13_dun_is_mass",
        "全年回收废旧物资3.6万吨。",
        claim("3.6万吨", "amount", "36000", "t"),
    ),
    case(
        "s13_xinzeng_counts_new_items",
        "前三季度新增城镇就业1.4万人。",
        date("前三季度"),
        claim("1.4万人", "count", "14000", "count:人"),
    ),
    case(
        "s13_xinzeng_counter_tai",
        "全市工厂新增工业机器人1500台。",
        claim("1500台", "count", "1500", "count:台"),
    ),
]

S14 = [
    case(
        "s14_gongli_km",
        "全年新建改建农村公路1500公里。",
        claim("1500公里", "amount", "1500", "km"),
    ),
    case(
        "s14_qianmi_km",
        "新建雨污分流管网86千米。",
        claim("86千米", "amount", "86", "km"),
    ),
    case(
        "s14_mi_with_separator",
        "这座大桥主跨1,120米。",
        claim("1,120米", "amount", "1120", "m"),
    ),
    case(
        "s14_wan_mu",
        "今年新建高标准农田12万亩。",
        claim("12万亩", "amount", "120000", "mu"),
    ),
    case(
        "s14_gongqing_hectare",
        "全年修复退化湿地4200公顷。",
        claim("4200公顷", "amount", "4200", "hectare"),
    ),
    case(
        "s14_pingfang_gongli_km2",
        "全年完成国土绿化面积35平方公里。",
        claim("35平方公里", "amount", "35", "km2"),
    ),
    case(
        "s14_yi_lifangmi_m3",
        "该水库总库容3.1亿立方米。",
        claim("3.1亿立方米", "amount", "310000000", "m3"),
    ),
    case(
        "s14_gongjin_kg",
        "全省人均粮食占有量492公斤。",
        claim("492公斤", "amount", "492", "kg"),
    ),
    case(
        "s14_wan_dun_t",
        "全省粮食总产量达到3100万吨。",
        claim("3100万吨", "amount", "31000000", "t"),
    ),
    case(
        "s14_wan_qianwa_kw",
        "今年新增光伏装机150万千瓦。",
        claim("150万千瓦", "amount", "1500000", "kW"),
    ),
    case(
        "s14_zhaowa_kw",
        "海上风电项目装机容量为200兆瓦。",
        claim("200兆瓦", "amount", "200000", "kW"),
    ),
    case(
        "s14_jiwa_kw",
        "全省新型储能装机规模达3.5吉瓦。",
        claim("3.5吉瓦", "amount", "3500000", "kW"),
    ),
    case(
        "s14_du_is_kwh",
        "全年公共机构节约用电150万度。",
        claim("150万度", "amount", "1500000", "kWh"),
    ),
    case(
        "s14_qianwashi_kwh",
        "该电站年发电量12.6亿千瓦时。",
        claim("12.6亿千瓦时", "amount", "1260000000", "kWh"),
    ),
    case(
        "s14_biaoxiang_teu",
        "全年集装箱吞吐量920万标箱。",
        claim("920万标箱", "amount", "9200000", "TEU"),
    ),
    case(
        "s14_jiaci_counter",
        "机场全年起降航班13.4万架次。",
        claim("13.4万架次", "count", "134000", "count:架次"),
    ),
    case(
        "s14_checi_counter",
        "铁路物流基地全年开行货运列车5600车次。",
        claim("5600车次", "count", "5600", "count:车次"),
    ),
    case(
        "s14_du_panorama_not_a_claim",
        "展馆通过数字技术实现360度全景展示。",
        no("360度"),
    ),
    case(
        "s14_du_temperature_not_kwh",
        "今天午后最高气温达39度。",
        not_unit("39度", "kWh"),
    ),
]

S15 = [
    case(
        "s15_calendar_day_is_date",
        "10月28日，全市召开外贸稳增长工作会议。",
        date("10月28日"),
    ),
    case(
        "s15_month_span_is_date",
        "1-8月，全市实际使用外资9.6亿美元。",
        date("1-8月"),
        claim("9.6亿美元", "amount", "960000000", "USD"),
    ),
    case(
        "s15_qian_san_jidu_is_date",
        "前三季度，全省规上工业增加值增长6.1%。",
        date("前三季度"),
        claim("6.1%", "growth", "0.061", "percent"),
    ),
    case(
        "s15_shang_bannian_is_date",
        "上半年，全市居民人均消费支出增长5.2%。",
        date("上半年"),
        claim("5.2%", "growth", "0.052", "percent"),
    ),
    case(
        "s15_yi_jidu_is_date",
        "一季度，全县签约招商项目46个。",
        date("一季度"),
        claim("46个", "count", "46", "count:个"),
    ),
    case(
        "s15_year_end_is_date",
        "截至2024年末，全市常住人口达到520万人。",
        date("2024年末"),
        claim("520万人", "count", "5200000", "count:人"),
    ),
    case(
        "s15_duration_years",
        "这座跨江大桥仅用3年时间建成通车。",
        claim("3年", "duration", "3", "year"),
    ),
    case(
        "s15_duration_minutes_within",
        "接警后救援队伍8分钟内到达现场。",
        claim("8分钟内", "duration", "8", "minute", "at_most"),
    ),
    case(
        "s15_duration_liang_nian_duo",
        "项目建设历时两年多。",
        claim("两年多", "duration", "2", "year", "more_than"),
    ),
    case(
        "s15_duration_ban_ge_yue",
        "这次环境整治行动持续了半个月。",
        claim("半个月", "duration", "0.5", "month"),
    ),
    case(
        "s15_duration_lianxu_months",
        "制造业采购经理指数连续6个月保持在扩张区间。",
        claim("6个月", "duration", "6", "month"),
    ),
    case(
        "s15_duration_hours_within",
        "群众反映的问题须在72小时内办结。",
        claim("72小时内", "duration", "72", "hour", "at_most"),
    ),
    case(
        "s15_duration_yi_ge_ban_xiaoshi",
        "高铁开通后到省城的车程缩短至一个半小时。",
        claim("一个半小时", "duration", "1.5", "hour"),
    ),
    case(
        "s15_duration_shi_yu_nian",
        "他扎根基层工作已有十余年。",
        claim("十余年", "duration", "10", "year", "more_than"),
    ),
    case(
        "s15_working_days_at_most",
        "企业开办时间压缩至2个工作日以内。",
        claim("2个工作日以内", "duration", "2", "day", "at_most"),
    ),
    case(
        "s15_year_span_not_a_range",
        "2021-2025年计划改造城镇老旧小区300个。",
        date("2021-2025年"),
        claim("300个", "count", "300", "count:个"),
    ),
    case(
        "s15_wuyi_holiday",
        "五一假期，全市接待游客186万人次。",
        no("五一"),
        claim("186万人次", "count", "1860000", "person_time"),
    ),
    case(
        "s15_shuang11_holiday",
        "双11期间全市快递业务量增长32%。",
        no("双11"),
        claim("32%", "growth", "0.32", "percent"),
    ),
]

CASES: list[Case] = S12 + S13 + S14 + S15


@pytest.mark.parametrize("phenomenon", params(CASES))
def test_phenomenon(phenomenon: Case) -> None:
    assert_case(phenomenon)
