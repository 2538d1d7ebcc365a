-- province_metrics: province headline values for the chosen provinces and seasons.
select *
from province_season_metrics
where in_provinces(province, $provinces)
  and season between $season_from and $season_to
order by season, province, metric, status
