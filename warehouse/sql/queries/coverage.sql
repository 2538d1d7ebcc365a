-- coverage: the province × season grid, empty cells included.
select *
from coverage
where in_provinces(province, $provinces)
order by province, season
