-- One figure per number: no two figures of an article share a span.
select doc, article, span, count(*) as n
from figures
group by doc, article, span
having count(*) > 1
