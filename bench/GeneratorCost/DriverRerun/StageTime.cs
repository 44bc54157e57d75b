namespace DriverRerun;

/// <summary>
/// Time spent in one named stage of an incremental generator (its tracking name, or Roslyn's own such as
/// "compilation"), how many times the stage ran, and how many of its outputs were recomputed (New/Modified)
/// rather than reused (Cached/Unchanged).
/// </summary>
internal sealed record StageTime(string Stage, double Ms, int Executions, int Recomputed, int Reused);
