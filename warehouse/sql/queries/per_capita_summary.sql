-- per_capita_summary: derived per-capita aid per province and basis — median and quartiles
-- over the articles that allow the derivation, with how many they are.
select
    province,
    basis,
    status,
    median(per_capita_yuan) as median_yuan,
    quantile_cont(per_capita_yuan, 0.25) as p25_yuan,
    quantile_cont(per_capita_yuan, 0.75) as p75_yuan,
    count(*) as n_articles,
    bool_or(approximate) as approximate
from per_capita_aid
where in_provinces(province, $provinces)
  and season between $season_from and $season_to
  and list_contains($statuses, status)
group by province, basis, status
order by province
