-- Every figure has the fields without which it cannot be charted or traced.
select figure_id, doc, article
from figures
where doc is null or article is null or metric is null or value is null or unit is null
   or qualifier is null or status is null or quote is null or span is null
