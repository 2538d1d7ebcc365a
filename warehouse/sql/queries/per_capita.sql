-- per_capita: derived per-capita aid for the chosen provinces and seasons.
select *
from per_capita_aid
where in_provinces(province, $provinces)
  and season between $season_from and $season_to
order by season, province, place
