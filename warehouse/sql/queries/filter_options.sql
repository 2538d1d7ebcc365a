-- filter_options: provinces and seasons that have at least one article.
select distinct
    a.province,
    a.season
from articles as a
join documents as d using (doc)
where d.status = 'loaded'
  and a.province is not null
  and a.season is not null
order by a.province, a.season
