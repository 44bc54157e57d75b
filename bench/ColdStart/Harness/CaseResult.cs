namespace ColdStartHarness;

/// <summary>Every flavor's timings for one command, the <c>/bin/true</c> baseline last.</summary>
internal sealed record CaseResult(Case Case, IReadOnlyList<FlavorTiming> Timings);
