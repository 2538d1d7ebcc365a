-- province_metrics: province headline values for the chosen provinces and seasons.
select *
from province_season_metrics
where (len($provinces) = 0 or list_contains($provinces, province))
  and season between $season_from and $season_to
order by season, province, metric, status
