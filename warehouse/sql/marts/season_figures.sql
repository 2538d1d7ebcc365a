-- season_figures: the figures that may stand for a season's value — actual or planned, of one
-- season, neither a multi-year cumulative figure nor a part of a stated total. The province
-- and place headlines both read it, so the rule is written once.
select *
from figures
where not cumulative
  and part_of is null
  and season is not null
  and status in ('actual', 'planned')
