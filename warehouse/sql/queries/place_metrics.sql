-- place_metrics: city and county headline values of the chosen provinces and seasons (every
-- metric); shown as places of their province, never added into it.
select *
from place_season_metrics
where (len($provinces) = 0 or list_contains($provinces, province))
  and season between $season_from and $season_to
order by season, province, place, metric, status
