-- A period does not end before it starts.
select figure_id, period_start, period_end
from figures
where period_start > period_end
