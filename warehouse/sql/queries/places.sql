-- places: city and county headline values of one province, metric and season range.
select p.*, a.publisher, d.published, f.quote
from place_season_metrics as p
join figures as f using (figure_id)
join articles as a on a.doc = f.doc and a.article = f.article
join documents as d on d.doc = f.doc
where p.province = $province
  and p.metric = $metric
  and p.season between $season_from and $season_to
order by p.season desc, p.value desc
