-- places: city and county headline values of one province, metric and season range.
select *
from place_season_metrics
where province = $province
  and metric = $metric
  and season between $season_from and $season_to
order by season desc, value desc
