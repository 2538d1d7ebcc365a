-- A loaded document keeps its text (spans point into it); a rejected one keeps its reason.
select doc, status, reason
from documents
where (status = 'loaded' and text is null)
   or (status = 'rejected' and reason is null)
   or status not in ('loaded', 'rejected')
