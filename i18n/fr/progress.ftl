### The Progress tab: charts and the traffic light.
### Every id here starts with "progress-". French.

