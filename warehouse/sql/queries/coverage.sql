-- coverage: the province × season grid, empty cells included.
select *
from coverage
where (len($provinces) = 0 or list_contains($provinces, province))
order by province, season
