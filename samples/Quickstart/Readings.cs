namespace Quickstart;

/// <summary>One sensor reading.</summary>
public sealed record Reading(string Sensor, double Value);

/// <summary>Descriptive statistics of a set of readings.</summary>
public sealed record Summary(int Count, double Mean, double Min, double Max);
