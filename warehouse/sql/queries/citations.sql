-- citations: one citation per report behind the figures in scope.
select distinct
    a.publisher,
    d.published,
    coalesce(nullif(a.title, ''), substring(d.text, a.char_start + 1, 28) || '…') as title,
    a.source_url,
    d.doc
from figures as f
join articles as a on a.doc = f.doc and a.article = f.article
join documents as d on d.doc = f.doc
where in_provinces(f.province, $provinces)
  and coalesce(f.season, a.season) between $season_from and $season_to
order by d.published desc, a.publisher
