-- freshness: the newest report per province.
select *
from freshness
where in_provinces(province, $provinces)
order by newest_published desc
