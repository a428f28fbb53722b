"""Every rule of the checker, in id order."""

from __future__ import annotations

from factcheck.rules.base import Rule
from factcheck.rules.bounds.fc501_aggregate_bound import AggregateBound
from factcheck.rules.bounds.fc502_cumulative_below_new import CumulativeBelowNew
from factcheck.rules.bounds.fc503_part_exceeds_whole import PartExceedsWhole
from factcheck.rules.changes.fc201_growth_mismatch import GrowthMismatch
from factcheck.rules.changes.fc202_pp_difference_mismatch import PpDifferenceMismatch
from factcheck.rules.changes.fc203_percent_point_confusion import PercentPointConfusion
from factcheck.rules.changes.fc204_change_same_period import ChangeSamePeriod
from factcheck.rules.consistency.fc301_headline_mismatch import HeadlineMismatch
from factcheck.rules.consistency.fc302_conflicting_restatement import ConflictingRestatement
from factcheck.rules.consistency.fc303_unit_conversion_mismatch import UnitConversionMismatch
from factcheck.rules.consistency.fc304_derived_ratio_mismatch import DerivedRatioMismatch
from factcheck.rules.counts.fc401_count_items_mismatch import CountItemsMismatch
from factcheck.rules.counts.fc402_respectively_mismatch import RespectivelyMismatch
from factcheck.rules.counts.fc403_rank_beyond_population import RankBeyondPopulation
from factcheck.rules.counts.fc404_rank_order_mismatch import RankOrderMismatch
from factcheck.rules.shares.fc101_share_mismatch import ShareMismatch
from factcheck.rules.shares.fc102_parts_sum_mismatch import PartsSumMismatch
from factcheck.rules.shares.fc103_shares_exceed_whole import SharesExceedWhole
from factcheck.rules.shares.fc104_share_shifts_not_netting import ShareShiftsNotNetting
from factcheck.rules.shares.fc105_complement_mismatch import ComplementMismatch
from factcheck.rules.tables.fc601_table_row_growth import TableRowGrowth
from factcheck.rules.tables.fc602_table_column_sum import TableColumnSum
from factcheck.rules.tables.fc603_table_rank_order import TableRankOrder

RULES: tuple[type[Rule], ...] = (
    ShareMismatch,
    PartsSumMismatch,
    SharesExceedWhole,
    ShareShiftsNotNetting,
    ComplementMismatch,
    GrowthMismatch,
    PpDifferenceMismatch,
    PercentPointConfusion,
    ChangeSamePeriod,
    HeadlineMismatch,
    ConflictingRestatement,
    UnitConversionMismatch,
    DerivedRatioMismatch,
    CountItemsMismatch,
    RespectivelyMismatch,
    RankBeyondPopulation,
    RankOrderMismatch,
    AggregateBound,
    CumulativeBelowNew,
    PartExceedsWhole,
    TableRowGrowth,
    TableColumnSum,
    TableRankOrder,
)
