-- season_figures: the figures that may stand for a season's value — actual or planned, of one
-- season, neither a multi-year cumulative figure nor a part of a stated total, nor a figure the
-- extractor was unsure of and no analyst has reviewed yet (review = 'needs_review': a headline
-- bar must not rest on a guess). The province and place headlines both read it, so the rule
-- is written once.
select *
from figures
where not cumulative
  and part_of is null
  and season is not null
  and status in ('actual', 'planned')
  and review is distinct from 'needs_review'
