-- per_capita: derived per-capita aid for the chosen provinces and seasons.
select *
from per_capita_aid
where (len($provinces) = 0 or list_contains($provinces, province))
  and season between $season_from and $season_to
order by season, province, place
