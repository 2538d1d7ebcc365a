-- within_season: province-level figures of one metric inside the chosen seasons, one point
-- per province, status, unit and date (the largest figure of that day).
select
    province,
    season,
    status,
    unit,
    period_end,
    max(value) as value,
    arg_max(qualifier, value) as qualifier,
    arg_max(quote, value) as quote,
    arg_max(publisher, value) as publisher,
    count(*) as n_figures
from figures_detail
where level = 'province'
  and not cumulative
  and part_of is null
  and metric = $metric
  and list_contains($statuses, status)
  and in_provinces(province, $provinces)
  and season between $season_from and $season_to
group by province, season, status, unit, period_end
order by period_end, province
