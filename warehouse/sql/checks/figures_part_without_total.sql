-- A part points to a stated total of the same article and metric, counted in the same unit
-- or in visits of it (走访171人次，其中低保141人: people visited once, in a total of visits).
select p.figure_id, p.part_of
from figures as p
left join figures as t on t.figure_id = p.part_of
where p.part_of is not null
  and (t.figure_id is null or t.doc <> p.doc or t.article <> p.article
       or t.metric <> p.metric
       or regexp_replace(t.unit, '_visits$', 's') <> regexp_replace(p.unit, '_visits$', 's'))
