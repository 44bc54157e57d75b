// The command line writes to Console.Out and Console.Error, which are process-wide: tests that redirect them run one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
