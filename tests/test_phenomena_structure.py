"""Phenomena §16–§22: lists, shares, comparisons, names, headlines, Latin forms, layout noise."""

from __future__ import annotations

import pytest

from tests.test_phenomena_expect import (
    Case,
    assert_case,
    case,
    claim,
    date,
    listing,
    no,
    params,
)

PP = "percentage_point"

S16 = [
    case(
        "s16_dunhao_list_with_shared_total",
        "全年新建幼儿园、卫生院、养老院和文化站共计52个。",
        claim("52个", "count", "52", "count:个"),
        listing(
            "幼儿园、卫生院、养老院和文化站", "listed", ["幼儿园", "卫生院", "养老院", "文化站"]
        ),
    ),
    case(
        "s16_fenbie_shi_listed_names",
        "全省共有3个国家级高新区，分别是长沙、株洲和湘潭高新区。",
        claim("3个", "count", "3", "count:个"),
        listing("长沙、株洲和湘潭", "listed", ["长沙", "株洲", "湘潭"]),
    ),
    case(
        "s16_baokuo_listed_names",
        "今年新增4个省级特色小镇，包括茶乡、瓷都、竹海和渔港小镇。",
        claim("4个", "count", "4", "count:个"),
        listing("茶乡、瓷都、竹海和渔港", "listed", ["茶乡", "瓷都", "竹海", "渔港"]),
    ),
    case(
        "s16_yi_shi_er_shi_markers",
        "一是新增就业1.3万人，二是新建保障性住房2600套，三是改造农村公路800公里。",
        no("一是"),
        no("二是"),
        no("三是"),
        claim("1.3万人", "count", "13000", "count:人"),
        claim("2600套", "count", "2600", "count:套"),
        claim("800公里", "amount", "800", "km"),
        listing("一是", "numbered", ["新增就业", "新建保障性住房", "改造农村公路"]),
    ),
    case(
        "s16_fenbie_respectively",
        "城镇和农村居民人均可支配收入分别增长4.6%和6.8%。",
        claim("4.6%", "growth", "0.046", "percent"),
        claim("6.8%", "growth", "0.068", "percent"),
        listing("城镇", "respectively", ["城镇", "农村"], ["4.6%", "6.8%"]),
    ),
    case(
        "s16_fenbie_mixed_directions",
        "出口和进口分别增长8.2%和下降3.5%。",
        claim("8.2%", "growth", "0.082", "percent"),
        claim("3.5%", "decline", "0.035", "percent"),
        listing("出口", "respectively", ["出口", "进口"], ["8.2%", "3.5%"]),
    ),
    case(
        "s16_fenbie_three_items",
        "全市汽车、电子和医药产业产值分别增长9.1%、12.3%和7.4%。",
        claim("9.1%", "growth", "0.091", "percent"),
        claim("12.3%", "growth", "0.123", "percent"),
        claim("7.4%", "growth", "0.074", "percent"),
        listing("汽车", "respectively", ["汽车", "电子", "医药"], ["9.1%", "12.3%", "7.4%"]),
    ),
    case(
        "s16_series_names_yi_er_san_chanye",
        "一、二、三产业增加值分别增长3.8%、5.6%和6.1%。",
        no("一、二、三"),
        claim("3.8%", "growth", "0.038", "percent"),
        claim("5.6%", "growth", "0.056", "percent"),
        claim("6.1%", "growth", "0.061", "percent"),
        listing("一、二、三产业", "respectively", ["一", "二", "三"], ["3.8%", "5.6%", "6.1%"]),
    ),
    case(
        "s16_qizhong_breakdown",
        "全年完成固定资产投资1350亿元，其中工业投资520亿元。",
        claim("1350亿元", "amount", "135000000000", "CNY"),
        claim("520亿元", "amount", "52000000000", "CNY"),
    ),
    case(
        "s16_ranks_in_list",
        "三家企业分别位列第4、第7和第10位。",
        claim("三家", "count", "3", "count:家"),
        claim("第4", "rank", "4", "rank"),
        claim("第7", "rank", "7", "rank"),
        claim("第10位", "rank", "10", "rank"),
    ),
    case(
        "s16_circled_markers",
        "①新增城镇就业1.2万人；②新建城市公园9个；③改造老旧小区46个。",
        no("①"),
        no("②"),
        no("③"),
        claim("1.2万人", "count", "12000", "count:人"),
        claim("9个", "count", "9", "count:个"),
        claim("46个", "count", "46", "count:个"),
        listing("①", "numbered", ["新增城镇就业", "新建城市公园", "改造老旧小区"]),
    ),
    case(
        "s16_bracketed_arabic_markers",
        "（1）新增城镇就业2.1万人；（2）新建口袋公园6个。",
        no("（1）"),
        no("（2）"),
        claim("2.1万人", "count", "21000", "count:人"),
        claim("6个", "count", "6", "count:个"),
        listing("（1）", "numbered", ["新增城镇就业", "新建口袋公园"]),
    ),
    case(
        "s16_bracketed_chinese_markers",
        "（一）新增市场主体2.4万户；（二）新增规上企业180家。",
        no("（一）"),
        no("（二）"),
        claim("2.4万户", "count", "24000", "count:户"),
        claim("180家", "count", "180", "count:家"),
        listing("（一）", "numbered", ["新增市场主体", "新增规上企业"]),
    ),
]

S17 = [
    case(
        "s17_zhan_de_bizhong",
        "民营经济占全市地区生产总值的比重为61%。",
        claim("61%", "share", "0.61", "percent"),
    ),
    case(
        "s17_zhanbi",
        "高技术制造业增加值占比达16.3%。",
        claim("16.3%", "share", "0.163", "percent"),
    ),
    case(
        "s17_fene",
        "该品牌所占国内市场份额为12%。",
        claim("12%", "share", "0.12", "percent"),
    ),
    case(
        "s17_gongxianlv",
        "消费对经济增长的贡献率达58.4%。",
        claim("58.4%", "share", "0.584", "percent"),
    ),
    case(
        "s17_ladong_points",
        "最终消费支出拉动经济增长2.9个百分点。",
        claim("2.9个百分点", "pp_difference", "2.9", PP),
    ),
    case(
        "s17_zhan_fraction_word_is_share",
        "该省油菜籽产量占全国的五分之一。",
        claim("五分之一", "share", "0.2", "ratio"),
    ),
    case(
        "s17_zhan_cheng_is_share",
        "外资企业出口额占全市的三成。",
        claim("三成", "share", "0.3", "percent"),
    ),
    case(
        "s17_intensity_is_share",
        "全社会研发经费投入强度为2.65%。",
        claim("2.65%", "share", "0.0265", "percent"),
    ),
]

S18 = [
    case(
        "s18_gaoyu_points",
        "农村居民收入增速高于全国1.4个百分点。",
        claim("1.4个百分点", "pp_difference", "1.4", PP),
    ),
    case(
        "s18_diyu_points",
        "一般公共预算收入增速低于全市平均2.5个百分点。",
        claim("2.5个百分点", "pp_difference", "-2.5", PP),
    ),
    case(
        "s18_kuaiyu_points",
        "规上工业增加值增速快于全省0.9个百分点。",
        claim("0.9个百分点", "pp_difference", "0.9", PP),
    ),
    case(
        "s18_manyu_points",
        "全市投资增速慢于全国0.3个百分点。",
        claim("0.3个百分点", "pp_difference", "-0.3", PP),
    ),
    case(
        "s18_bi_duo_people",
        "今年招收新生比去年多1500人。",
        claim("1500人", "growth", "1500", "count:人"),
    ),
    case(
        "s18_bi_shao_people",
        "今年参加医保的人数比上年少2000人。",
        claim("2000人", "decline", "2000", "count:人"),
    ),
    case(
        "s18_bi_gao_percent",
        "该市人均可支配收入比全省高9%。",
        claim("9%", "growth", "0.09", "percent"),
    ),
    case(
        "s18_suoduan_days",
        "企业投资项目平均审批时间缩短4天。",
        claim("4天", "decline", "4", "day"),
    ),
    case(
        "s18_shi_de_bei",
        "该市人均地区生产总值是全国平均水平的1.6倍。",
        claim("1.6倍", "ratio", "1.6", "ratio"),
    ),
    case(
        "s18_bei_yu",
        "该区研发投入强度三倍于全省平均水平。",
        claim("三倍", "ratio", "3", "ratio"),
    ),
    case(
        "s18_xiangdangyu_percent",
        "山区县人均收入相当于全省平均水平的88%。",
        claim("88%", "ratio", "0.88", "percent"),
    ),
    case(
        "s18_gaochu_yibei",
        "新生产线产能比老生产线高出一倍。",
        claim("一倍", "growth", "1", "ratio"),
    ),
    case(
        "s18_pianshao_cheng",
        "入汛以来降水量比常年同期偏少四成。",
        claim("四成", "decline", "0.4", "percent"),
    ),
    case(
        "s18_pianduo_cheng",
        "7月全省平均降水量较常年同期偏多二成。",
        date("7月"),
        claim("二成", "growth", "0.2", "percent"),
    ),
]

S19 = [
    case(
        "s19_school_name_circle_zero",
        "三〇五中学今年有一百二十名学生在竞赛中获奖。",
        no("三〇五中学"),
        claim("一百二十名", "count", "120", "count:名"),
    ),
    case(
        "s19_985_universities",
        "今年该校考入985高校的学生有36人。",
        no("985"),
        claim("36人", "count", "36", "count:人"),
    ),
    case(
        "s19_san_jia_hospitals",
        "全市共有三甲医院14家。",
        no("三甲"),
        claim("14家", "count", "14", "count:家"),
    ),
    case(
        "s19_title_di_yi_shuji",
        "省派第一书记驻村两年间，帮助村里引进产业项目6个。",
        no("第一书记"),
        claim("两年", "duration", "2", "year"),
        claim("6个", "count", "6", "count:个"),
    ),
    case(
        "s19_yi_dai_yi_lu",
        "与'一带一路'沿线国家贸易额增长9.3%。",
        no("一带一路"),
        claim("9.3%", "growth", "0.093", "percent"),
    ),
    case(
        "s19_shi_si_wu",
        "'十四五'期间，全市新建中小学86所。",
        no("十四五"),
        claim("86所", "count", "86", "count:所"),
    ),
    case(
        "s19_quoted_political_slogans",
        "要增强“四个意识”、坚定“四个自信”、做到“两个维护”，全县3个乡镇率先完成整改。",
        no("四个"),
        no("两个"),
        claim("3个", "count", "3", "count:个"),
    ),
    case(
        "s19_trade_balance_is_no_qualifier",
        "11月出口418.6亿美元，出超83.4亿美元；旅游收入超百亿元。",
        claim("418.6亿美元", "amount", "41860000000", "USD"),
        claim("83.4亿美元", "amount", "8340000000", "USD"),
        claim("超百亿元", "amount", "10000000000", "CNY", qualifier="over"),
    ),
    case(
        "s19_xin_san_yang",
        "今年前8个月，'新三样'产品出口增长15.2%。",
        date("前8个月"),
        no("新三样"),
        claim("15.2%", "growth", "0.152", "percent"),
    ),
    case(
        "s19_liang_hui_san_nong",
        "两会期间，代表们围绕三农问题提出建议52件。",
        no("两会"),
        no("三农"),
        claim("52件", "count", "52", "count:件"),
    ),
    case(
        "s19_shuang_tan",
        "围绕双碳目标，全市淘汰落后产能企业27家。",
        no("双碳"),
        claim("27家", "count", "27", "count:家"),
    ),
    case(
        "s19_qian_wan_gongcheng",
        "深化'千万工程'经验，全县建成和美乡村120个。",
        no("千万工程"),
        claim("120个", "count", "120", "count:个"),
    ),
    case(
        "s19_bai_qian_wan_gongcheng",
        "实施'百千万工程'以来，全市新增省级示范镇9个。",
        no("百千万工程"),
        claim("9个", "count", "9", "count:个"),
    ),
    case(
        "s19_si_shang_qiye",
        "全县今年新增四上企业38家。",
        no("四上"),
        claim("38家", "count", "38", "count:家"),
    ),
    case(
        "s19_yi_hao_wenjian",
        "今年的中央一号文件部署了多项重点任务。",
        no("一号文件"),
    ),
    case(
        "s19_15_minute_circle",
        "全市建成15分钟生活圈42个。",
        no("15分钟"),
        claim("42个", "count", "42", "count:个"),
    ),
    case(
        "s19_5g_code",
        "全市已建成5G基站2.3万个。",
        no("5G"),
        claim("2.3万个", "count", "23000", "count:个"),
    ),
    case(
        "s19_c919_model",
        "今年C919大型客机新交付12架。",
        no("C919"),
        claim("12架", "count", "12", "count:架"),
    ),
    case(
        "s19_u12_team",
        "该市U12足球队在全国联赛中夺冠。",
        no("U12"),
    ),
    case(
        "s19_g15_highway",
        "G15沈海高速改扩建工程全长86公里。",
        no("G15"),
        claim("86公里", "amount", "86", "km"),
    ),
    case(
        "s19_g20_summit",
        "G20峰会期间，展区接待参观者3.5万人次。",
        no("G20"),
        claim("3.5万人次", "count", "35000", "person_time"),
    ),
    case(
        "s19_12345_hotline",
        "12345热线全年受理市民诉求46万件。",
        no("12345"),
        claim("46万件", "count", "460000", "count:件"),
    ),
    case(
        "s19_stock_code",
        "该公司（股票代码688256）前三季度营收增长21%。",
        no("688256"),
        date("前三季度"),
        claim("21%", "growth", "0.21", "percent"),
    ),
    case(
        "s19_document_number",
        "根据《通知》（湘政发〔2024〕15号），补贴标准提高到每人3000元。",
        no("〔2024〕15号"),
        claim("3000元", "amount", "3000", "CNY"),
    ),
    case(
        "s19_metro_line",
        "地铁5号线日均客流量达到28万人次。",
        no("5号线"),
        claim("28万人次", "count", "280000", "person_time"),
    ),
    case(
        "s19_guo_liu_standard",
        "全市淘汰不符合国六排放标准的车辆1.2万辆。",
        no("国六"),
        claim("1.2万辆", "count", "12000", "count:辆"),
    ),
    case(
        "s19_place_names",
        "十堰、六安、九江等城市的过夜游客明显增加。",
        no("十堰"),
        no("六安"),
        no("九江"),
    ),
    case(
        "s19_place_names_hainan",
        "五指山、万宁等地民宿入住率明显提升。",
        no("五指山"),
        no("万宁"),
    ),
    case(
        "s19_qian_dao_hu",
        "千岛湖景区全年接待游客560万人次。",
        no("千岛湖"),
        claim("560万人次", "count", "5600000", "person_time"),
    ),
    case(
        "s19_shifen_and_qianwan_adverbs",
        "这项工作十分关键，千万不能掉以轻心。",
        no("十分"),
        no("千万"),
    ),
    case(
        "s19_lexicalized_yixie_tongyi",
        "统一标准后，一些二手车零售门店的成交更加规范，百姓买车更放心。",
        no("统一"),
        no("一些"),
        no("二手车"),
        no("零售"),
        no("百姓"),
    ),
    case(
        "s19_lexicalized_wanyi_yiwan",
        "这项政策惠及亿万农民，万一遇到困难可拨打服务电话。",
        no("亿万"),
        no("万一"),
    ),
    case(
        "s19_shiwan_baqianli",
        "数字服务让偏远山村与城市不再相隔十万八千里。",
        no("十万八千里"),
    ),
    case(
        "s19_guoqing_holiday",
        "国庆假期，全市接待游客320万人次。",
        claim("320万人次", "count", "3200000", "person_time"),
    ),
    case(
        "s19_3_15_day",
        "3·15前后，市消保委共受理消费投诉860件。",
        no("3·15"),
        claim("860件", "count", "860", "count:件"),
    ),
]

S20 = [
    case(
        "s20_sheling_zeng",
        "前三季度社零总额增5.8%。",
        date("前三季度"),
        claim("5.8%", "growth", "0.058", "percent"),
    ),
    case(
        "s20_guitou_abbreviation",
        "1-10月全市固投增长4.2%。",
        date("1-10月"),
        claim("4.2%", "growth", "0.042", "percent"),
    ),
    case(
        "s20_guishang_abbreviation",
        "规上工业增加值增长7.1%。",
        claim("7.1%", "growth", "0.071", "percent"),
    ),
    case(
        "s20_one_char_jiang_cheng",
        "受原材料涨价影响，公司营收降两成。",
        claim("两成", "decline", "0.2", "percent"),
    ),
    case(
        "s20_one_char_chao",
        "今年以来外贸进出口额超3000亿元。",
        claim("超3000亿元", "amount", "300000000000", "CNY", "over"),
    ),
    case(
        "s20_one_char_po",
        "全市新能源汽车保有量破百万辆。",
        claim("破百万辆", "count", "1000000", "count:辆", "over"),
    ),
    case(
        "s20_one_char_zhang_die",
        "黄金价格涨1.8%，原油跌2.6%。",
        claim("1.8%", "growth", "0.018", "percent"),
        claim("2.6%", "decline", "0.026", "percent"),
    ),
    case(
        "s20_zhang_chao",
        "港股恒指午后涨超3%。",
        claim("3%", "growth", "0.03", "percent", "over"),
    ),
    case(
        "s20_die_jin",
        "创业板指收盘跌近2%。",
        claim("2%", "decline", "0.02", "percent", "nearly"),
    ),
    case(
        "s20_signed_plus",
        "三季度营收同比+15%",
        date("三季度"),
        claim("+15%", "growth", "0.15", "percent"),
    ),
    case(
        "s20_signed_minus",
        "上半年净利润同比-4.6%",
        date("上半年"),
        claim("-4.6%", "decline", "0.046", "percent"),
    ),
    case(
        "s20_elided_yuan",
        "营收超百亿 净利增四成",
        claim("超百亿", "amount", "10000000000", "CNY", "over"),
        claim("四成", "growth", "0.4", "percent"),
    ),
    case(
        "s20_jingli_fanfan",
        "这家车企前三季度净利翻番。",
        date("前三季度"),
        claim("翻番", "growth", "1", "ratio"),
    ),
]

S21 = [
    case(
        "s21_gdp_subject",
        "一季度全市GDP同比增长5.6%。",
        date("一季度"),
        claim("5.6%", "growth", "0.056", "percent"),
    ),
    case(
        "s21_cpi_subject",
        "9月份全市CPI同比上涨0.4%。",
        date("9月份"),
        claim("0.4%", "growth", "0.004", "percent"),
    ),
    case(
        "s21_m2_with_digit",
        "9月末广义货币M2余额同比增长7.2%。",
        date("9月末"),
        no("M2"),
        claim("7.2%", "growth", "0.072", "percent"),
    ),
    case(
        "s21_pm25",
        "全市PM2.5平均浓度同比下降7.4%。",
        no("PM2.5"),
        claim("7.4%", "decline", "0.074", "percent"),
    ),
    case(
        "s21_4s_and_b2b",
        "今年新开汽车4S店12家，B2B平台交易额增长30%。",
        no("4S"),
        no("B2B"),
        claim("12家", "count", "12", "count:家"),
        claim("30%", "growth", "0.3", "percent"),
    ),
    case(
        "s21_ipv6",
        "全省IPv6活跃用户占比达到72%。",
        no("IPv6"),
        claim("72%", "share", "0.72", "percent"),
    ),
    case(
        "s21_q3_is_date",
        "Q3营收同比增长18%。",
        date("Q3"),
        claim("18%", "growth", "0.18", "percent"),
    ),
    case(
        "s21_gw_symbol",
        "全省新型储能装机规模达到3.2GW。",
        claim("3.2GW", "amount", "3200000", "kW"),
    ),
    case(
        "s21_mw_symbol",
        "这座渔光互补电站装机容量为50MW。",
        claim("50MW", "amount", "50000", "kW"),
    ),
    case(
        "s21_km_symbol",
        "城际铁路线路全长52.3km。",
        claim("52.3km", "amount", "52.3", "km"),
    ),
    case(
        "s21_kwh_symbol",
        "该光伏园区年发电量1.8亿kWh。",
        claim("1.8亿kWh", "amount", "180000000", "kWh"),
    ),
    case(
        "s21_teu_symbol",
        "港口今年完成集装箱吞吐量45万TEU。",
        claim("45万TEU", "amount", "450000", "TEU"),
    ),
    case(
        "s21_hk_dollar_with_magnitude",
        "这家新能源车企上市首日市值超过HK$800亿。",
        claim("HK$800亿", "amount", "80000000000", "HKD", "over"),
    ),
    case(
        "s21_us_dollar_with_magnitude",
        "这家初创公司完成融资US$2.5亿。",
        claim("US$2.5亿", "amount", "250000000", "USD"),
    ),
]

S22 = [
    case(
        "s22_digits_broken_by_line_break",
        "营业收入45\n6.8亿元，同比增长3%。",
        claim("45\n6.8亿元", "amount", "45680000000", "CNY"),
        claim("3%", "growth", "0.03", "percent"),
    ),
    case(
        "s22_break_after_thousands_separator",
        "全年完成投资2,345,\n678万元。",
        claim("2,345,\n678万元", "amount", "23456780000", "CNY"),
    ),
    case(
        "s22_break_after_decimal_point",
        "规上工业增加值增长4.\n7%。",
        claim("4.\n7%", "growth", "0.047", "percent"),
    ),
    case(
        "s22_footnote_superscript",
        "营业收入5.6亿元¹，较上年增长8%。",
        no("¹"),
        claim("5.6亿元", "amount", "560000000", "CNY"),
        claim("8%", "growth", "0.08", "percent"),
    ),
    case(
        "s22_footnote_bracket_number",
        "净利润1.2亿元[1]，同比增长12%。",
        no("[1]"),
        claim("1.2亿元", "amount", "120000000", "CNY"),
        claim("12%", "growth", "0.12", "percent"),
    ),
    case(
        "s22_footnote_zhu",
        "全年完成投资80亿元[注2]。",
        no("[注2]"),
        claim("80亿元", "amount", "8000000000", "CNY"),
    ),
    case(
        "s22_footnote_asterisk",
        "营业收入3.4亿元*，同比增长6%。",
        claim("3.4亿元", "amount", "340000000", "CNY"),
        claim("6%", "growth", "0.06", "percent"),
    ),
    case(
        "s22_footnote_circled",
        "出口额120亿元①，增长6%。",
        no("①"),
        claim("120亿元", "amount", "12000000000", "CNY"),
        claim("6%", "growth", "0.06", "percent"),
    ),
    case(
        "s22_page_continuation_shangjie",
        "（上接3版）今年以来新增就业岗位9200个。",
        no("3版"),
        claim("9200个", "count", "9200", "count:个"),
    ),
    case(
        "s22_page_continuation_xiazhuan",
        "全年新建5G基站1.1万个（下转A4版）。",
        no("5G"),
        no("A4版"),
        claim("1.1万个", "count", "11000", "count:个"),
    ),
    case(
        "s22_spaces_inside_number",
        "全市服务业增加值增长 6 . 8 %。",
        claim("6 . 8 %", "growth", "0.068", "percent"),
    ),
    case(
        "s22_list_markers_parenthesized",
        "（3）全年培训高素质农民4800人。",
        no("（3）"),
        claim("4800人", "count", "4800", "count:人"),
    ),
]

CASES: list[Case] = S16 + S17 + S18 + S19 + S20 + S21 + S22


@pytest.mark.parametrize("phenomenon", params(CASES))
def test_phenomenon(phenomenon: Case) -> None:
    assert_case(phenomenon)
