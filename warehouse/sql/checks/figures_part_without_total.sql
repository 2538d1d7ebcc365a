-- A part points to a stated total of the same article, metric and unit.
select p.figure_id, p.part_of
from figures as p
left join figures as t on t.figure_id = p.part_of
where p.part_of is not null
  and (t.figure_id is null or t.doc <> p.doc or t.article <> p.article
       or t.metric <> p.metric or t.unit <> p.unit)
