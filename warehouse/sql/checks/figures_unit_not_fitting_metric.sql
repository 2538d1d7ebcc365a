-- The unit is one the metric allows (households_reached counts households, not yuan).
select f.figure_id, f.metric, f.unit
from figures as f
anti join vocab_metric_units as v on v.metric = f.metric and v.unit = f.unit
