-- freshness: the newest report per province.
select *
from freshness
where len($provinces) = 0 or list_contains($provinces, province)
order by newest_published desc
