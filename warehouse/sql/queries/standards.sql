-- standards: stated aid rates (每户 / 每人 / 每人每月), never added together; a city's or
-- county's rate keeps its place and level.
select
    province,
    place,
    level,
    season,
    unit,
    value,
    qualifier,
    quote,
    publisher,
    published,
    article_title
from figures_detail
where metric = 'aid_standard'
  and in_provinces(province, $provinces)
  and season between $season_from and $season_to
order by season, province, unit, value
