// One scenario at a time: each loads real processes on a 2-core machine, and scenario 6 times the gateway's 503s.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
