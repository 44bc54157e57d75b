namespace ColdStartHarness;

/// <summary>One timed start: wall time from just before the spawn to the reaped exit, and the child's CPU time.</summary>
internal readonly record struct Sample(double WallMilliseconds, double CpuMilliseconds);
