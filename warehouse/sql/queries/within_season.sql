-- within_season: province-level figures of one metric dated inside the chosen seasons.
select
    province,
    place,
    season,
    metric,
    status,
    unit,
    value,
    qualifier,
    period_start,
    period_end,
    quote,
    publisher,
    published,
    article_title
from figures_detail
where province_level
  and not cumulative
  and part_of is null
  and metric = $metric
  and list_contains($statuses, status)
  and (len($provinces) = 0 or list_contains($provinces, province))
  and season between $season_from and $season_to
order by period_end, province
