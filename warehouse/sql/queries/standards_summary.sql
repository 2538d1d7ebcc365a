-- standards_summary: the distinct stated rates per province and unit, with how often stated.
select
    province,
    unit,
    value,
    arg_max(qualifier, published) as qualifier,
    arg_max(quote, published) as quote,
    arg_max(publisher, published) as publisher,
    count(*) as n_figures
from figures_detail
where metric = 'aid_standard'
  and in_provinces(province, $provinces)
  and season between $season_from and $season_to
group by province, unit, value
order by province, unit, value
